// Operator passwords: scrypt with a per-password salt. Checking a log-in runs scrypt in
// libuv's thread pool, so a stream of guesses does not stall every other request.
import crypto from 'node:crypto';

export function hashPassword(password: string): string {
  const salt = crypto.randomBytes(16);
  const hash = crypto.scryptSync(password, salt, 32);
  return `scrypt:${salt.toString('base64')}:${hash.toString('base64')}`;
}

/** For seeding at start, where nothing else runs yet. */
export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, salt, hash] = stored.split(':');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = crypto.scryptSync(password, Buffer.from(salt, 'base64'), expected.length);
  return crypto.timingSafeEqual(actual, expected);
}

// Compared against when the username is unknown, so that both answers cost one hash.
const DUMMY_HASH = hashPassword(crypto.randomBytes(16).toString('hex'));

/**
 * Off the main thread. `stored` undefined (no such user) still costs one hash and is
 * always false, so the answer's timing does not tell whether the username exists.
 */
export async function checkPassword(password: string, stored: string | undefined): Promise<boolean> {
  const [scheme, salt, hash] = (stored ?? DUMMY_HASH).split(':');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await new Promise<Buffer>((resolve, reject) =>
    crypto.scrypt(password, Buffer.from(salt, 'base64'), expected.length, (err, key) => (err ? reject(err) : resolve(key))),
  );
  return stored !== undefined && crypto.timingSafeEqual(actual, expected);
}
