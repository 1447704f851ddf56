import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretBox } from '../../src/security/secret-box.js';

describe('SecretBox.decryptKept (a webhook secret opened for every delivery)', () => {
  const box = new SecretBox(randomBytes(32));

  it('opens what was sealed, again and again', () => {
    const sealed = box.encrypt('first secret');
    expect(box.decryptKept(sealed)).toBe('first secret');
    expect(box.decryptKept(sealed)).toBe('first secret');
  });

  it('a replaced secret is never served stale: its sealed form is new', () => {
    const before = box.encrypt('old secret');
    expect(box.decryptKept(before)).toBe('old secret');
    const after = box.encrypt('new secret');
    expect(after).not.toBe(before);
    expect(box.decryptKept(after)).toBe('new secret');
  });

  it('refuses a tampered or foreign sealed value, every time', () => {
    const sealed = box.encrypt('a secret');
    const raw = Buffer.from(sealed.slice(3), 'base64');
    raw[raw.length - 1]! ^= 1;
    const tampered = `v1:${raw.toString('base64')}`;
    expect(() => box.decryptKept(tampered)).toThrow();
    expect(() => box.decryptKept(tampered)).toThrow();
    expect(() => new SecretBox(randomBytes(32)).decryptKept(sealed)).toThrow();
  });
});

describe('SecretBox.sentMatchesAny (a subscription key sent on every request)', () => {
  const box = new SecretBox(randomBytes(32));
  const primary = box.hash('primary-key-value');
  const secondary = box.hash('secondary-key-value');

  it('matches either stored key, again and again', () => {
    for (let i = 0; i < 3; i++) {
      expect(box.sentMatchesAny('primary-key-value', [primary, secondary])).toBe(true);
      expect(box.sentMatchesAny('secondary-key-value', [primary, secondary])).toBe(true);
    }
  });

  it('refuses a key that differs in one character, or a stored hash of another length', () => {
    expect(box.sentMatchesAny('primary-key-valuf', [primary, secondary])).toBe(false);
    expect(box.sentMatchesAny('primary-key-value', [primary.slice(0, -1), secondary])).toBe(false);
    expect(box.sentMatchesAny('primary-key-value', [`${primary}x`])).toBe(false);
    expect(box.sentMatchesAny('primary-key-value', [])).toBe(false);
  });
});

describe('hashSent', () => {
  it('remembers keys of a key-like length, but not oversized or tiny values, and never more than 10,000', async () => {
    const box = new SecretBox(randomBytes(32));
    for (let i = 0; i < 50; i++) box.hashSent(`${i}-${'k'.repeat(15_000)}`);
    box.hashSent('short');
    expect(box.sentHashesKept).toBe(0);
    for (let i = 0; i < 10_050; i++) box.hashSent(`key-${String(i).padStart(20, '0')}`);
    expect(box.sentHashesKept).toBe(10_000);
    // Still the same hash as without the memory.
    expect(box.hashSent('x'.repeat(15_000))).toBe(box.hash('x'.repeat(15_000)));
  });
});
