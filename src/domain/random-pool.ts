// Random bytes drawn from the system generator in bulk, one call per few hundred uses: each
// call costs a system call (the generator checks for a fork), which costs more here than
// the bytes. Used for ids and tokens written at a high rate; no byte is handed out twice.
import { randomFillSync } from 'node:crypto';

const pool = Buffer.alloc(4096);
let used = pool.length;

/** Copies `n` (at most 64) fresh random bytes into `target` at `offset`. */
export function fillRandom(target: Buffer, offset: number, n: number): void {
  if (n > 64) throw new RangeError('fillRandom gives at most 64 bytes at a time');
  if (used + n > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  pool.copy(target, offset, used, used + n);
  used += n;
}
