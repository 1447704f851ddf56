// Ids for rows written at a high rate (payments, their events, webhook deliveries): UUID
// version 7, which starts with the time in milliseconds. Rows written close together get
// ids close together, so an index on them grows at its end instead of at a random page per
// insert, and each commit writes a few pages instead of one per row (RFC 9562, section 5.7).
// The 74 random bits keep them unique and unguessable enough for ids; they are not secrets.
import { randomFillSync } from 'node:crypto';

const bytes = Buffer.alloc(16);
// Random bytes are drawn in bulk: one call to the generator per 400 ids, not one per id.
const pool = Buffer.alloc(4000);
let used = pool.length;

export function timeOrderedId(nowMs: number = Date.now()): string {
  if (used === pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  pool.copy(bytes, 6, used, used + 10);
  used += 10;
  bytes.writeUIntBE(nowMs, 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70; // version 7
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
