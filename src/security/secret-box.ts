// Secrets at rest: AES-256-GCM with a master key, plus a keyed hash (HMAC-SHA256) for
// lookups and comparisons that never need the plaintext.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/** `map[key]`, computed once; the oldest entry makes way when the map holds `max`. */
function remember(map: Map<string, string>, max: number, key: string, compute: () => string): string {
  let value = map.get(key);
  if (value === undefined) {
    value = compute();
    if (map.size >= max) map.delete(map.keys().next().value!);
    map.set(key, value);
  }
  return value;
}

/**
 * Whether two strings of hash characters are equal, taking the same time wherever they
 * differ (timingSafeEqual without making two Buffers on every API request).
 */
function equalInConstantTime(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export class SecretBox {
  readonly #encKey: Buffer;
  readonly #macKey: Buffer;
  readonly #remembered = new Map<string, string>();
  readonly #opened = new Map<string, string>();

  constructor(masterKey: Buffer) {
    if (masterKey.length !== 32) throw new Error('the master key must be 32 bytes');
    // Separate keys for encryption and hashing, derived from the one master key.
    this.#encKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'vpp secret encryption', 32));
    this.#macKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'vpp secret lookup hash', 32));
  }

  encrypt(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#encKey, iv);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return `${VERSION}:${Buffer.concat([iv, tag, body]).toString('base64')}`;
  }

  decrypt(sealed: string): string {
    const [version, data] = sealed.split(':', 2);
    if (version !== VERSION || !data) throw new Error('not a sealed secret');
    const raw = Buffer.from(data, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.#encKey, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  /**
   * `decrypt` for a secret used at a high rate (a webhook's signing secret, on every
   * delivery): the plaintext is kept in this process's memory (bounded), keyed by its sealed
   * form. A replaced secret is sealed anew (a fresh IV), so it is never served stale.
   */
  decryptKept(sealed: string): string {
    return remember(this.#opened, 1000, sealed, () => this.decrypt(sealed));
  }

  /** Deterministic keyed hash: indexable, useless without the master key. */
  hash(value: string): string {
    return createHmac('sha256', this.#macKey).update(value, 'utf8').digest('base64url');
  }

  /** Constant-time comparison of a value with a stored hash. */
  matches(value: string, storedHash: string): boolean {
    return this.matchesAny(value, [storedHash]);
  }

  /** Whether the value is any of these stored hashes (hashing it once). */
  matchesAny(value: string, storedHashes: string[]): boolean {
    return this.#equalsAny(this.hash(value), storedHashes);
  }

  /**
   * `hash` for a value sent on every request (a subscription key): the hash is kept in
   * memory (bounded), so repeated requests skip the HMAC. Only what was sent is remembered;
   * stored hashes are still read and compared on every request.
   */
  hashSent(value: string): string {
    // Only what could be a subscription key (16 to 200 characters, as keys are issued and
    // seeded) is remembered: anything else cannot match, and must not fill memory.
    if (value.length < 16 || value.length > 200) return this.hash(value);
    return remember(this.#remembered, 10_000, value, () => this.hash(value));
  }

  /** How many sent values' hashes are kept in memory. */
  get sentHashesKept(): number {
    return this.#remembered.size;
  }

  /** `matchesAny` for a value sent on every request, through `hashSent`. */
  sentMatchesAny(value: string, storedHashes: string[]): boolean {
    return this.#equalsAny(this.hashSent(value), storedHashes);
  }

  #equalsAny(hash: string, storedHashes: string[]): boolean {
    let found = false;
    for (const h of storedHashes) if (equalInConstantTime(hash, h)) found = true;
    return found;
  }
}
