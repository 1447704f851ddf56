import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { JwtSigner } from '../../src/security/jwt.js';

const pem = () => generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

describe('JwtSigner.verify (remembers verified tokens)', () => {
  const signer = new JwtSigner({ privateKeyPem: pem(), kid: 'k1' });

  it('gives the claims of its own token, from memory the second time', () => {
    const token = signer.sign({ sub: 'a', n: 1 });
    expect(signer.verify(token)).toEqual({ sub: 'a', n: 1 });
    expect(signer.verify(token)).toEqual({ sub: 'a', n: 1 });
  });

  it('refuses a token whose claims were changed but whose signature was kept, also after the genuine one was remembered', () => {
    const token = signer.sign({ sub: 'a', admin: false });
    expect(signer.verify(token)).not.toBeNull();
    const [h, , s] = token.split('.');
    const forgedClaims = Buffer.from(JSON.stringify({ sub: 'a', admin: true })).toString('base64url');
    const forged = `${h}.${forgedClaims}.${s}`;
    expect(signer.verify(forged)).toBeNull();
    expect(signer.verify(forged)).toBeNull();
    expect(signer.verify(token)).toEqual({ sub: 'a', admin: false });
  });

  it('refuses a token signed by another key, and malformed ones', () => {
    const other = new JwtSigner({ privateKeyPem: pem(), kid: 'k1' });
    expect(signer.verify(other.sign({ sub: 'a' }))).toBeNull();
    expect(signer.verify('not.a.token')).toBeNull();
    expect(signer.verify('two.parts')).toBeNull();
  });

  it('keeps working when more tokens were verified than it remembers', () => {
    const small = new JwtSigner({ privateKeyPem: pem(), kid: 'k2', maxCached: 2 });
    const tokens = [1, 2, 3, 4].map((n) => small.sign({ n }));
    for (const t of tokens) expect(small.verify(t)).not.toBeNull();
    for (const [i, t] of tokens.entries()) expect(small.verify(t)).toEqual({ n: i + 1 });
  });
});
