// Ids for rows written at a high rate (payments, their events, webhook deliveries): UUID
// version 7, which starts with the time in milliseconds. Rows written close together get
// ids close together, so an index on them grows at its end instead of at a random page per
// insert, and each commit writes a few pages instead of one per row (RFC 9562, section 5.7).
// The 74 random bits keep them unique and unguessable enough for ids; they are not secrets.
import { fillRandom } from './random-pool.js';

const bytes = Buffer.alloc(16);

export function timeOrderedId(nowMs: number = Date.now()): string {
  fillRandom(bytes, 6, 10);
  bytes.writeUIntBE(nowMs, 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70; // version 7
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const token = Buffer.alloc(30);

/**
 * A secret that is looked up by an index (a payment's landing link): 24 random bytes, the
 * secret part, after 6 bytes of the time, so the index grows at its end like the ids'.
 */
export function timeOrderedToken(nowMs: number = Date.now()): string {
  token.writeUIntBE(nowMs, 0, 6);
  fillRandom(token, 6, 24);
  return token.toString('base64url');
}
