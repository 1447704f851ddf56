// Runs a modifying operation at most once per (caller, Idempotency-Key): the same key with
// the same request replays the stored result and changes nothing; the same key with a
// different request is refused. The result is stored in the operation's own transaction,
// so a crash cannot separate the two. Where an API documents it (Recurring), a client
// error claims the key too: a retry with that key gets the same error, and nothing runs.
import { createHash } from 'node:crypto';
import { STATUS_OF, VppError, type ErrorKind } from '../domain/errors.js';
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
  /** The API documents that a 4xx answer claims the key (Recurring); otherwise a retry runs again. */
  clientErrorsClaimKey?: boolean;
  execute(tx: Tx): Promise<OperationResult<T>>;
}

/** A client error as stored under its key: enough to throw the same error again. */
interface StoredError {
  error: { kind: ErrorKind; detail: string; opts: VppError['opts'] };
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
    const body = row.body === null ? undefined : JSON.parse(row.body);
    if (row.status >= 400) {
      const { error } = body as StoredError;
      throw new VppError(error.kind, error.detail, error.opts);
    }
    return { status: row.status, body: body as T, replayed: true };
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
      if (o.clientErrorsClaimKey && err instanceof VppError && STATUS_OF[err.kind] < 500 && err.kind !== 'unauthenticated' && err.kind !== 'rate_limited') {
        // The operation rolled back; the key now holds its error (unless a concurrent
        // request with the key got there first: then that one's answer is replayed).
        const stored: StoredError = { error: { kind: err.kind, detail: err.detail, opts: err.opts } };
        const claimed = await o.db.transaction().execute((tx) => claimIdempotencyKey(tx, { scope: o.scope, key, fingerprint: fp, status: STATUS_OF[err.kind], body: JSON.stringify(stored), created_at: o.now }));
        if (claimed) throw err;
        const row = await findIdempotencyRecord(o.db, o.scope, key);
        if (row) return replay(row);
        throw err;
      }
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
