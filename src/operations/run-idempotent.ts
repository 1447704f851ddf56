// Runs a modifying operation at most once per (caller, Idempotency-Key): the same key with
// the same request replays the stored result and changes nothing; the same key with a
// different request is refused. The result is stored in the operation's own transaction,
// so a crash cannot separate the two.
import { createHash } from 'node:crypto';
import { VppError } from '../domain/errors.js';
import type { Db, Tx } from '../store/db.js';
import { isUniqueViolation } from '../store/db-errors.js';
import { claimIdempotencyKey, completeIdempotencyRecord, findIdempotencyRecord } from '../store/idempotency-repo.js';

export interface OperationResult<T> {
  status: number;
  body: T;
}

export interface RunIdempotentOptions<T> {
  db: Db;
  /** Whose keys: one caller's keys never collide with another's. */
  scope: string;
  /** The Idempotency-Key header; without one the operation simply runs. */
  key: string | undefined;
  /** What was asked: method, path and body. */
  request: { method: string; path: string; body: unknown };
  now: number;
  execute(tx: Tx): Promise<OperationResult<T>>;
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}

export function fingerprint(request: { method: string; path: string; body: unknown }): string {
  return createHash('sha256').update(canonical(request)).digest('base64url');
}

export async function runIdempotent<T>(o: RunIdempotentOptions<T>): Promise<OperationResult<T> & { replayed: boolean }> {
  if (!o.key) return { ...(await o.db.transaction().execute(o.execute)), replayed: false };
  const key = o.key;
  const fp = fingerprint(o.request);
  const replay = (row: { fingerprint: string; status: number; body: string | null }) => {
    if (row.fingerprint !== fp) {
      throw new VppError(
        'conflict',
        `The Idempotency-Key ${JSON.stringify(key)} was already used for a different request. Send a new key for a new request, or repeat the first request exactly to get its result again.`,
        { title: 'Idempotency-Key reused for a different request', type: 'idempotency-key-conflict' },
      );
    }
    return { status: row.status, body: (row.body === null ? undefined : JSON.parse(row.body)) as T, replayed: true };
  };
  for (let attempt = 0; ; attempt++) {
    try {
      return await o.db.transaction().execute(async (tx) => {
        // Claim the key before doing anything, in one statement: a concurrent request with
        // the same key waits here for this transaction and then replays its result.
        if (!(await claimIdempotencyKey(tx, { scope: o.scope, key, fingerprint: fp, status: 0, body: null, created_at: o.now }))) {
          const existing = await findIdempotencyRecord(tx, o.scope, key);
          if (existing) return replay(existing);
          throw new Error(`the Idempotency-Key ${JSON.stringify(key)} is taken but its record cannot be read`);
        }
        const result = await o.execute(tx);
        await completeIdempotencyRecord(tx, o.scope, key, result.status, result.body === undefined ? null : JSON.stringify(result.body));
        return { ...result, replayed: false };
      });
    } catch (err) {
      // A concurrent request with the same key committed first: ours rolled back; replay theirs.
      if (isUniqueViolation(err) && attempt < 3) {
        const row = await findIdempotencyRecord(o.db, o.scope, key);
        if (row) return replay(row);
        continue;
      }
      throw err;
    }
  }
}
