// Webhook registrations. Deleting keeps the row (deleted_at), so past deliveries stay
// explainable in the inspector.
import type { WebhookOwner } from '../domain/webhooks/webhook-owner.js';
import type { Queryable } from './db.js';
import { cachedRead } from './sqlite/cached-read.js';
import { prepared } from './sqlite/prepared.js';
import type { WebhookRow } from './tables/webhooks.js';

export interface Webhook {
  id: string;
  msn: string | null;
  partnerId: string | null;
  url: string;
  events: string[];
  secretEnc: string;
  createdAt: number;
  deletedAt: number | null;
}

const toWebhook = (r: WebhookRow): Webhook => ({
  id: r.id,
  msn: r.msn,
  partnerId: r.partner_id,
  url: r.url,
  events: JSON.parse(r.events),
  secretEnc: r.secret_enc,
  createdAt: Number(r.created_at),
  deletedAt: r.deleted_at === null ? null : Number(r.deleted_at),
});

export async function insertWebhook(db: Queryable, row: WebhookRow): Promise<void> {
  await db.insertInto('webhooks').values(row).execute();
}

/** The live webhooks of one owner, oldest first. */
export async function listWebhooksOf(db: Queryable, owner: WebhookOwner): Promise<Webhook[]> {
  let q = db.selectFrom('webhooks').selectAll().where('deleted_at', 'is', null);
  q = owner.kind === 'unit' ? q.where('msn', '=', owner.msn) : q.where('msn', 'is', null).where('partner_id', '=', owner.partnerId);
  return (await q.orderBy('created_at').orderBy('id').execute()).map(toWebhook);
}

/** Every live webhook that hears about events at this unit: its own, and its partner's. */
// Read in the transaction of every payment change: prepared once, and kept between
// changes to the webhooks table where the store can tell of them.
const forUnitOf = cachedRead(
  prepared(
    (db, msn: string, partnerId: string) =>
      db
        .selectFrom('webhooks')
        .selectAll()
        .where('deleted_at', 'is', null)
        .where((eb) => eb.or([eb('msn', '=', msn), eb.and([eb('msn', 'is', null), eb('partner_id', '=', partnerId)])]))
        .orderBy('created_at'),
    2,
  ),
  ['webhooks'],
);
const forUnitOnly = cachedRead(
  prepared((db, msn: string) => db.selectFrom('webhooks').selectAll().where('deleted_at', 'is', null).where('msn', '=', msn).orderBy('created_at'), 1),
  ['webhooks'],
);

export async function listWebhooksForUnit(db: Queryable, msn: string, partnerId: string | null): Promise<Webhook[]> {
  const rows = partnerId ? await forUnitOf.all(db, msn, partnerId) : await forUnitOnly.all(db, msn);
  return rows.map(toWebhook);
}

// Read for every webhook delivery.
const webhookById = cachedRead(prepared((db, id: string) => db.selectFrom('webhooks').selectAll().where('id', '=', id), 1), ['webhooks']);

export async function findWebhook(db: Queryable, id: string): Promise<Webhook | undefined> {
  const r = await webhookById.first(db, id);
  return r ? toWebhook(r) : undefined;
}

export async function markWebhookDeleted(db: Queryable, id: string, now: number): Promise<boolean> {
  const res = await db.updateTable('webhooks').set({ deleted_at: now }).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
