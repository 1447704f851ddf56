import { describe, expect, it } from 'vitest';
import { timeOrderedId, timeOrderedToken } from '../../src/domain/time-ordered-id.js';

describe('time-ordered ids', () => {
  it('are version 7 UUIDs that start with the time', () => {
    const id = timeOrderedId(Date.UTC(2026, 10, 29, 12, 0, 0));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.UTC(2026, 10, 29, 12, 0, 0));
  });

  it('sort by the time they were made, and do not repeat', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => timeOrderedId(1_800_000_000_000 + Math.floor(i / 100)));
    expect(new Set(ids).size).toBe(2000);
    for (let i = 100; i < ids.length; i += 100) expect(ids[i - 1]! < ids[i]!).toBe(true);
  });
});

describe('time-ordered tokens (landing links)', () => {
  it('are 40 URL-safe characters whose first 6 bytes are the time', () => {
    const t = timeOrderedToken(Date.UTC(2026, 10, 29, 12, 0, 0));
    expect(t).toMatch(/^[A-Za-z0-9_-]{40}$/);
    expect(Buffer.from(t, 'base64url').readUIntBE(0, 6)).toBe(Date.UTC(2026, 10, 29, 12, 0, 0));
  });

  it('never repeat their 24 secret bytes, across many refills of the random pool', () => {
    const secrets = Array.from({ length: 5000 }, () => Buffer.from(timeOrderedToken(1_800_000_000_000), 'base64url').subarray(6).toString('hex'));
    expect(new Set(secrets).size).toBe(5000);
    // No run of zero bytes (an unfilled pool): every secret has fresh bytes.
    expect(secrets.filter((s) => s.includes('0'.repeat(16)))).toEqual([]);
  });
});
