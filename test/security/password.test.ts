// Checking a password does not hold the event loop: the hash runs in the thread pool.
import { describe, expect, it } from 'vitest';
import { checkPassword, hashPassword } from '../../src/security/password.js';

describe('checkPassword', () => {
  it('accepts the right password and refuses a wrong one or an unknown user', async () => {
    const stored = hashPassword('correct horse');
    expect(await checkPassword('correct horse', stored)).toBe(true);
    expect(await checkPassword('wrong', stored)).toBe(false);
    expect(await checkPassword('correct horse', undefined)).toBe(false);
  });

  it('lets other callbacks run while it hashes', async () => {
    const stored = hashPassword('correct horse');
    let settled = false;
    const check = checkPassword('correct horse', stored).then(() => (settled = true));
    await new Promise((r) => setImmediate(r));
    expect(settled).toBe(false);
    await check;
    expect(settled).toBe(true);
  });
});
