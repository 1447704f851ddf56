// RS256 JSON Web Tokens. Verified tokens are remembered (bounded), so a token's signature
// is checked once, not on every request; expiry and key-set state are still checked by
// the caller on every request.
import { createPrivateKey, createPublicKey, createSign, createVerify, type KeyObject } from 'node:crypto';

export interface JwtHeader { alg: 'RS256'; typ: 'JWT'; kid: string }

const CACHE_KEY_CHARS = 32;

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

export class JwtSigner {
  readonly kid: string;
  readonly #privateKey: KeyObject;
  readonly #publicKey: KeyObject;
  /** Verified tokens by the end of their signature (see verify). */
  readonly #verified = new Map<string, { token: string; claims: Record<string, unknown> }>();
  readonly #maxCached: number;

  constructor(opts: { privateKeyPem: string; kid: string; maxCached?: number }) {
    this.kid = opts.kid;
    this.#privateKey = createPrivateKey(opts.privateKeyPem);
    this.#publicKey = createPublicKey(this.#privateKey);
    this.#maxCached = opts.maxCached ?? 50_000;
  }

  publicJwk(): Record<string, unknown> {
    return { ...this.#publicKey.export({ format: 'jwk' }), kid: this.kid, alg: 'RS256', use: 'sig' };
  }

  sign(claims: Record<string, unknown>): string {
    const header: JwtHeader = { alg: 'RS256', typ: 'JWT', kid: this.kid };
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const signature = createSign('RSA-SHA256').update(input).sign(this.#privateKey);
    return `${input}.${b64url(signature)}`;
  }

  /** The claims of a token signed by this key, or null when it is malformed or forged. */
  verify(token: string): Record<string, unknown> | null {
    // Keyed by the signature's last characters, not the whole token: hashing a fresh
    // ~800-character header string on every request showed in the profile. A hit still
    // needs the whole token to be the one verified.
    const key = token.slice(-CACHE_KEY_CHARS);
    const cached = this.#verified.get(key);
    if (cached && cached.token === token) return cached.claims;
    const parts = token.split('.');
    if (parts.length !== 3) return null;
    const [h, p, s] = parts as [string, string, string];
    let header: JwtHeader;
    let claims: Record<string, unknown>;
    try {
      header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8'));
      claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8'));
    } catch {
      return null;
    }
    if (header.alg !== 'RS256' || header.kid !== this.kid || typeof claims !== 'object' || claims === null) return null;
    const ok = createVerify('RSA-SHA256').update(`${h}.${p}`).verify(this.#publicKey, Buffer.from(s, 'base64url'));
    if (!ok) return null;
    if (this.#verified.size >= this.#maxCached) {
      const oldest = this.#verified.keys().next().value;
      if (oldest !== undefined) this.#verified.delete(oldest);
    }
    this.#verified.set(key, { token, claims });
    return claims;
  }
}
