// The aggregates the integration checklists are judged from: counters and noted references
// per partner and API, added to as requests are recorded, read without touching the log.
import type { Queryable } from './db.js';
import type { ChecklistCounterRow, ChecklistReferenceRow } from './tables/partner-journey.js';

/** Adds counts; rows come in time order, so the newest occurrence is the batch's. */
export async function addChecklistCounters(db: Queryable, rows: ChecklistCounterRow[]): Promise<void> {
  if (!rows.length) return;
  await db
    .insertInto('checklist_counters')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['partner_id', 'api', 'counter']).doUpdateSet((eb) => ({ n: eb('checklist_counters.n', '+', eb.ref('excluded.n')), last_at: eb.ref('excluded.last_at') })),
    )
    .execute();
}

export async function noteChecklistReferences(db: Queryable, rows: ChecklistReferenceRow[]): Promise<void> {
  if (!rows.length) return;
  await db
    .insertInto('checklist_references')
    .values(rows)
    .onConflict((oc) => oc.columns(['partner_id', 'api', 'item', 'msn', 'reference']).doUpdateSet((eb) => ({ last_at: eb.ref('excluded.last_at') })))
    .execute();
}

export function checklistCounters(db: Queryable, partnerId: string, api: string) {
  return db.selectFrom('checklist_counters').select(['counter', 'n', 'last_at']).where('partner_id', '=', partnerId).where('api', '=', api).execute();
}

/** The most recently seen references of one item. */
export function recentChecklistReferences(db: Queryable, partnerId: string, api: string, item: string, limit: number) {
  return db
    .selectFrom('checklist_references')
    .select(['reference', 'msn', 'first_at', 'last_at'])
    .where('partner_id', '=', partnerId)
    .where('api', '=', api)
    .where('item', '=', item)
    .orderBy('last_at', 'desc')
    .limit(limit)
    .execute();
}

/** The partner each of these sales units is connected to (requests made with merchant keys). */
export async function partnersOfUnits(db: Queryable, msns: string[]): Promise<Map<string, string>> {
  if (!msns.length) return new Map();
  const rows = await db.selectFrom('sales_units').select(['msn', 'partner_id']).where('msn', 'in', msns).where('partner_id', 'is not', null).execute();
  return new Map(rows.map((r) => [r.msn, r.partner_id!]));
}

/** Payments by (msn, reference), as they are now. */
export async function paymentsByReference(db: Queryable, refs: { msn: string; reference: string }[]) {
  const byMsn = new Map<string, string[]>();
  for (const r of refs) byMsn.set(r.msn, [...(byMsn.get(r.msn) ?? []), r.reference]);
  const out = [];
  for (const [msn, references] of byMsn) {
    out.push(
      ...(await db
        .selectFrom('payments')
        .select(['msn', 'reference', 'state', 'authorized', 'captured', 'refunded', 'cancelled', 'authorized_at'])
        .where('msn', '=', msn)
        .where('reference', 'in', [...new Set(references)])
        .execute()),
    );
  }
  return out;
}

/** Webhook deliveries to the partner's sales units, by status (from the kept counts). */
export function webhookDeliveriesOfPartner(db: Queryable, partnerId: string) {
  return db
    .selectFrom('webhook_delivery_counts as c')
    .innerJoin('sales_units as u', 'u.msn', 'c.msn')
    .select(['c.status', (eb) => eb.fn.sum<number>('c.n').as('n')])
    .where('u.partner_id', '=', partnerId)
    .groupBy('c.status')
    .execute();
}

export function checklistAttachments(db: Queryable, partnerId: string, api: string) {
  return db.selectFrom('checklist_attachments').selectAll().where('partner_id', '=', partnerId).where('api', '=', api).execute();
}

export async function attachChecklistEvidence(db: Queryable, row: { partner_id: string; api: string; item: string; link: string; note: string | null; at: number }): Promise<void> {
  await db
    .insertInto('checklist_attachments')
    .values(row)
    .onConflict((oc) => oc.columns(['partner_id', 'api', 'item']).doUpdateSet({ link: row.link, note: row.note, at: row.at }))
    .execute();
}

/** Recurring agreements by (msn, id), as they are now, with the statuses of their RECURRING charges. */
export async function agreementsByReference(db: Queryable, refs: { msn: string; reference: string }[]) {
  const ids = [...new Set(refs.map((r) => r.reference))];
  if (!ids.length) return [];
  const agreements = await db.selectFrom('recurring_agreements').select(['msn', 'id', 'status', 'start_at']).where('id', 'in', ids).execute();
  const charges = await db.selectFrom('recurring_charges').select(['msn', 'agreement_id', 'status']).where('agreement_id', 'in', ids).where('type', '=', 'RECURRING').execute();
  return agreements.map((a) => ({ ...a, recurringCharges: charges.filter((c) => c.msn === a.msn && c.agreement_id === a.id).map((c) => c.status) }));
}
