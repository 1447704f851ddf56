// RS256 JSON Web Tokens. Verified tokens are remembered (bounded), so a token's signature
// is checked once, not on every request; expiry and key-set state are still checked by
// the caller on every request.
import { createPrivateKey, createPublicKey, createSign, createVerify, type KeyObject } from 'node:crypto';

export interface JwtHeader { alg: 'RS256'; typ: 'JWT'; kid: string }

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

export class JwtSigner {
  readonly kid: string;
  readonly #privateKey: KeyObject;
  readonly #publicKey: KeyObject;
  readonly #verified = new Map<string, Record<string, unknown>>();
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
    const cached = this.#verified.get(token);
    if (cached) return cached;
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
    this.#verified.set(token, claims);
    return claims;
  }
}
