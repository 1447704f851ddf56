// Fault rules, read on every API request (kept in memory on SQLite between changes to the
// table; read from the database on PostgreSQL, where other nodes change it unseen).
import type { FaultRule } from '../domain/sim/fault-rules.js';
import { cachedRead } from './sqlite/cached-read.js';
import type { Queryable } from './db.js';
import { prepared } from './sqlite/prepared.js';
import type { SimFaultRuleRow } from './tables/sim-controls.js';
import './tables/sim-controls.js';

const toRule = (r: SimFaultRuleRow): FaultRule => ({
  id: r.id,
  kind: r.kind as FaultRule['kind'],
  partner: r.partner,
  msn: r.msn,
  method: r.method,
  route: r.route,
  share: Number(r.share),
  remaining: r.remaining === null ? null : Number(r.remaining),
  status: r.status === null ? null : Number(r.status),
  delayMs: r.delay_ms === null ? null : Number(r.delay_ms),
  timeout: r.timeout as FaultRule['timeout'],
  createdAt: Number(r.created_at),
});

const allRules = cachedRead(prepared((db) => db.selectFrom('sim_fault_rules').selectAll().orderBy('created_at').orderBy('id'), 0), ['sim_fault_rules']);

export async function listFaultRules(db: Queryable): Promise<FaultRule[]> {
  return (await allRules.all(db)).map(toRule);
}

export async function insertFaultRule(db: Queryable, r: FaultRule): Promise<void> {
  await db
    .insertInto('sim_fault_rules')
    .values({
      id: r.id,
      kind: r.kind,
      partner: r.partner,
      msn: r.msn,
      method: r.method,
      route: r.route,
      share: r.share,
      remaining: r.remaining,
      status: r.status,
      delay_ms: r.delayMs,
      timeout: r.timeout,
      created_at: r.createdAt,
    })
    .execute();
}

/** Replaces the rule of this id (a world file loaded again). */
export async function upsertFaultRule(db: Queryable, r: FaultRule): Promise<void> {
  await db.deleteFrom('sim_fault_rules').where('id', '=', r.id).execute();
  await insertFaultRule(db, r);
}

export async function deleteFaultRule(db: Queryable, id: string): Promise<boolean> {
  const res = await db.deleteFrom('sim_fault_rules').where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

export async function clearFaultRules(db: Queryable): Promise<number> {
  const res = await db.deleteFrom('sim_fault_rules').executeTakeFirst();
  return Number(res.numDeletedRows);
}

/**
 * Takes one of a limited rule's remaining hits; false when none is left. One conditional
 * statement, so two nodes never both take the last one.
 */
export async function takeFaultHit(db: Queryable, id: string): Promise<boolean> {
  const res = await db
    .updateTable('sim_fault_rules')
    .set((eb) => ({ remaining: eb('remaining', '-', 1) }))
    .where('id', '=', id)
    .where('remaining', '>', 0)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
