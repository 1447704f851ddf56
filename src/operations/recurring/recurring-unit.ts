// The pieces every Recurring operation shares: the acting sales unit (which must be
// allowed to use Recurring), finding an agreement or charge of that unit, and writing a
// charge's event with its webhook in the caller's transaction.
import type { Actor } from '../../domain/access/actor.js';
import { forbidden, notFound } from '../../domain/errors.js';
import type { Agreement } from '../../domain/recurring/agreement.js';
import type { Charge, ChargeEventName } from '../../domain/recurring/charge.js';
import { agreementEventBody, chargeEventBody } from '../../domain/recurring/views.js';
import { timeOrderedId } from '../../domain/time-ordered-id.js';
import type { Queryable, Tx } from '../../store/db.js';
import { findAgreement } from '../../store/recurring-agreements-repo.js';
import { findCharge, insertChargeEvent, insertChargeEvents } from '../../store/recurring-charges-repo.js';
import type { UnitFacts } from '../../store/units-repo.js';
import { actingUnit } from '../access/acting-unit.js';
import { publishWebhookEvent, publishWebhookEvents } from '../webhooks/publish-webhook-event.js';

export interface RecurringUnitOptions {
  db: Queryable;
  actor: Actor;
  onMsn?: (msn: string) => void;
}

/** The unit a Recurring call acts for: authorized as for every payment API, and allowed Recurring. */
export async function recurringUnit(o: RecurringUnitOptions): Promise<UnitFacts> {
  const unit = await actingUnit({ db: o.db, actor: o.actor, capability: 'pay', onMsn: o.onMsn });
  if (!unit.recurringAllowed) {
    throw forbidden(`Sales unit ${unit.msn} is not allowed to use the Recurring API (its configuration has recurringAllowed: false). Ask for Recurring to be enabled on the unit.`);
  }
  return unit;
}

export async function requireAgreement(db: Queryable, msn: string, agreementId: string): Promise<Agreement> {
  const a = await findAgreement(db, msn, agreementId);
  if (!a) throw notFound(`No agreement ${agreementId} exists for MSN ${msn}. Check the agreementId returned when the agreement was created.`);
  return a;
}

export async function requireCharge(db: Queryable, msn: string, chargeId: string, agreementId?: string): Promise<Charge> {
  const c = await findCharge(db, msn, chargeId);
  if (!c || (agreementId !== undefined && c.agreementId !== agreementId)) {
    throw notFound(`No charge ${chargeId} exists${agreementId ? ` on agreement ${agreementId}` : ''} for MSN ${msn}. Check the chargeId returned when the charge was created.`);
  }
  return c;
}

const CHARGE_WEBHOOK: Partial<Record<ChargeEventName, string>> = {
  RESERVE: 'recurring.charge-reserved.v1',
  CAPTURE: 'recurring.charge-captured.v1',
  CANCEL: 'recurring.charge-canceled.v1',
  FAIL: 'recurring.charge-failed.v1',
};

/** Logs a charge event and publishes its webhook (if the event has one), in `tx`. */
export async function recordChargeEvent(o: {
  tx: Tx;
  charge: Charge;
  agreement?: Pick<Agreement, 'externalId'>;
  event: ChargeEventName;
  amount: number;
  idempotencyKey: string | null;
  success?: boolean;
  partnerId?: string | null;
  now: number;
}): Promise<void> {
  const success = o.success ?? true;
  await insertChargeEvent(o.tx, { msn: o.charge.msn, chargeId: o.charge.id, event: o.event, amount: o.amount, idempotencyKey: o.idempotencyKey, success, now: o.now });
  const eventType = CHARGE_WEBHOOK[o.event];
  if (!eventType) return;
  await publishWebhookEvent({
    tx: o.tx,
    msn: o.charge.msn,
    partnerId: o.partnerId,
    eventType,
    eventId: timeOrderedId(),
    reference: o.charge.id,
    body: chargeEventBody(o.charge, o.agreement, eventType, o.amount, o.now),
    orderingKey: o.charge.agreementId,
    now: o.now,
  });
}

export async function publishAgreementEvent(o: { tx: Tx; agreement: Agreement; eventType: string; actor: 'MERCHANT' | 'USER' | 'SYSTEM'; partnerId?: string | null; now: number }) {
  await publishWebhookEvent({
    tx: o.tx,
    msn: o.agreement.msn,
    partnerId: o.partnerId,
    eventType: o.eventType,
    eventId: timeOrderedId(),
    reference: o.agreement.id,
    body: agreementEventBody(o.agreement, o.eventType, o.actor, o.now),
    orderingKey: o.agreement.id,
    now: o.now,
  });
}

/** recordChargeEvent for many charges at once: one insert for the log, webhooks looked up once per unit. */
export async function recordChargeEvents(tx: Tx, items: { charge: Charge; agreement?: Pick<Agreement, 'externalId'>; event: ChargeEventName; amount: number; success: boolean; now: number }[]): Promise<void> {
  // Chunks keep each insert within the drivers' limits on bound values.
  for (let i = 0; i < items.length; i += 1000) {
    const chunk = items.slice(i, i + 1000);
    await insertChargeEvents(
      tx,
      chunk.map((e) => ({ msn: e.charge.msn, chargeId: e.charge.id, event: e.event, amount: e.amount, idempotencyKey: null, success: e.success, now: e.now })),
    );
  }
  const events = items.flatMap((e) => {
    const eventType = CHARGE_WEBHOOK[e.event];
    if (!eventType) return [];
    return [{ msn: e.charge.msn, eventType, eventId: timeOrderedId(), reference: e.charge.id, body: chargeEventBody(e.charge, e.agreement, eventType, e.amount, e.now), orderingKey: e.charge.agreementId, now: e.now }];
  });
  if (events.length) await publishWebhookEvents(tx, events);
}
