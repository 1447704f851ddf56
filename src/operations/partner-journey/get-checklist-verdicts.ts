// A partner's checklist verdicts, judged from the aggregates kept as its requests were
// recorded: counters, the most recent references each rule noted (with their payments or
// agreements as they are now), webhook deliveries to its units, and what it attached. Nothing here reads
// the request log, so the cost does not grow with the partner's traffic.
import { judgeChecklist, type ChecklistVerdict } from '../../domain/checklists/judge-checklist.js';
import { CHECKLISTS } from '../../domain/checklists/registry.js';
import type { Checklist, Evidence, SeenReference } from '../../domain/checklists/types.js';
import { notFound } from '../../domain/errors.js';
import type { Queryable } from '../../store/db.js';
import {
  agreementsByReference,
  checklistAttachments,
  checklistCounters,
  paymentsByReference,
  recentChecklistReferences,
  webhookDeliveriesOfPartner,
} from '../../store/checklist-aggregates-repo.js';
import { findPartner } from '../../store/partners-repo.js';

/** How many of the most recent references per rule are looked at. */
export const RECENT_REFERENCES = 200;

export interface GetChecklistVerdictsOptions {
  db: Queryable;
  partnerId: string;
  /** One API's checklist only. */
  api?: string;
}

async function evidenceFor(db: Queryable, partnerId: string, c: Checklist): Promise<Evidence> {
  const counters = Object.fromEntries((await checklistCounters(db, partnerId, c.api)).map((r) => [r.counter, { n: Number(r.n), lastAt: Number(r.last_at) }]));
  const references: Record<string, SeenReference[]> = {};
  for (const item of c.noteItems) {
    references[item] = (await recentChecklistReferences(db, partnerId, c.api, item, RECENT_REFERENCES)).map((r) => ({ reference: r.reference, msn: r.msn, firstAt: Number(r.first_at), lastAt: Number(r.last_at) }));
  }
  let webhookDeliveries = { delivered: 0, failed: 0, pending: 0 };
  if (c.paymentReferences) {
    const all = Object.values(references).flat();
    const payments = new Map((await paymentsByReference(db, all)).map((p) => [`${p.msn}/${p.reference}`, p]));
    for (const r of all) {
      const p = payments.get(`${r.msn}/${r.reference}`);
      if (p) r.payment = { state: p.state, authorized: Number(p.authorized), captured: Number(p.captured), refunded: Number(p.refunded), cancelled: Number(p.cancelled), authorizedAt: p.authorized_at == null ? null : Number(p.authorized_at) };
    }
    for (const d of await webhookDeliveriesOfPartner(db, partnerId)) {
      if (d.status === 'delivered' || d.status === 'failed' || d.status === 'pending') webhookDeliveries[d.status] = Number(d.n);
    }
  }
  if (c.agreementReferences) {
    const all = Object.values(references).flat();
    const agreements = new Map((await agreementsByReference(db, all)).map((a) => [`${a.msn}/${a.id}`, a]));
    for (const r of all) {
      const a = agreements.get(`${r.msn}/${r.reference}`);
      if (a) r.agreement = { status: a.status, startAt: a.start_at == null ? null : Number(a.start_at), recurringCharges: a.recurringCharges };
    }
  }
  const attachments = Object.fromEntries((await checklistAttachments(db, partnerId, c.api)).map((a) => [a.item, { link: a.link, note: a.note }]));
  return { counters, references, webhookDeliveries, attachments };
}

export async function getChecklistVerdicts(o: GetChecklistVerdictsOptions): Promise<{ partnerId: string; partnerName: string; allMet: boolean; checklists: ChecklistVerdict[] }> {
  const partner = await findPartner(o.db, o.partnerId);
  if (!partner) throw notFound(`There is no partner ${o.partnerId}.`);
  const chosen = o.api ? CHECKLISTS.filter((c) => c.api === o.api) : CHECKLISTS;
  if (o.api && !chosen.length) throw notFound(`There is no checklist for ${o.api}; use one of ${CHECKLISTS.map((c) => c.api).join(', ')}.`);
  const checklists = [];
  for (const c of chosen) checklists.push(judgeChecklist(c, await evidenceFor(o.db, partner.id, c)));
  // Without a named API, a checklist counts once the partner has used that API.
  const counted = o.api ? checklists : checklists.filter((c) => c.used);
  return { partnerId: partner.id, partnerName: partner.name, allMet: counted.length > 0 && counted.every((c) => c.allMet), checklists };
}
