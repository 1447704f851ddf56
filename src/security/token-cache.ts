// Access tokens are RS256-signed, which costs about a millisecond of CPU. A key set that
// asks again within a minute gets the token it was just given (with its remaining
// lifetime), as the identity service behind the real API does. Regenerating the keys
// changes the generation, so it never gets an old one.
import type { Mode } from '../config.js';
import type { KeySetView } from '../domain/access/key-set-view.js';
import type { TokenClaims } from '../domain/access/token-claims.js';

const REUSE_SECONDS = 60;
const MAX_ENTRIES = 10_000;

export interface IssuedToken { token: string; claims: TokenClaims }

export class TokenCache {
  readonly #issued = new Map<string, IssuedToken>();

  /**
   * A token for this key set: a recent one, or a new one from `issue`. `world` tells
   * namespaces apart: their key sets are copies with the same ids.
   */
  get(keySet: KeySetView, mode: Mode, nowMs: number, issue: () => IssuedToken, world = ''): IssuedToken {
    const key = `${keySet.id}:${keySet.generation}:${mode}:${world}`;
    const nowSec = Math.floor(nowMs / 1000);
    const cached = this.#issued.get(key);
    if (cached && cached.claims.iat <= nowSec && nowSec - cached.claims.iat < REUSE_SECONDS) return cached;
    const fresh = issue();
    if (this.#issued.size >= MAX_ENTRIES) this.#issued.clear();
    this.#issued.set(key, fresh);
    return fresh;
  }
}
