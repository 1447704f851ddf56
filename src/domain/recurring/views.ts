// How agreements and charges look in the Recurring API v3's answers.
import { createHash } from 'node:crypto';
import { intervalText, type Agreement, type Campaign } from './agreement.js';
import type { Charge, ChargeEvent } from './charge.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z'));

export const confirmationUrlOf = (a: Pick<Agreement, 'confirmationToken'>, publicUrl: string) => `${publicUrl}/app/recurring?token=${a.confirmationToken}`;

const kr = (minor: number) => (minor % 100 === 0 ? `${minor / 100}` : (minor / 100).toFixed(2).replace('.', ','));

/** The sentence the app shows for a campaign. */
export function campaignExplanation(c: Campaign, a: Pick<Agreement, 'amount' | 'interval'>): string {
  const then = a.amount !== null ? `, deretter ${kr(a.amount)} kr ${intervalText(a.interval)}` : '';
  switch (c.type) {
    case 'PRICE_CAMPAIGN':
      return `${kr(c.price)} kr ${intervalText(a.interval)} til ${c.end!.slice(0, 10)}${then}`;
    case 'PERIOD_CAMPAIGN':
      return `${kr(c.price)} kr for ${c.period!.count} ${c.period!.unit.toLowerCase()}${c.period!.count > 1 ? 's' : ''}${then}`;
    case 'EVENT_CAMPAIGN':
      return `${kr(c.price)} kr ${c.eventText}${then}`;
    case 'FULL_FLEX_CAMPAIGN':
      return `${kr(c.price)} kr ${intervalText(c.interval!)} til ${c.end!.slice(0, 10)}${then}`;
  }
}

export function agreementResponse(a: Agreement, publicUrl: string) {
  const pricing =
    a.pricingType === 'VARIABLE'
      ? { type: 'VARIABLE' as const, currency: a.currency, suggestedMaxAmount: a.suggestedMaxAmount!, maxAmount: a.maxAmount ?? a.suggestedMaxAmount! }
      : { type: 'LEGACY' as const, currency: a.currency, amount: a.amount! };
  return {
    id: a.id,
    uuid: a.uuid,
    status: a.status,
    productName: a.productName,
    ...(a.productDescription !== null ? { productDescription: a.productDescription } : {}),
    pricing,
    interval: { unit: a.interval.unit, count: a.interval.count, text: intervalText(a.interval) },
    campaign: a.campaign ? { ...a.campaign, explanation: campaignExplanation(a.campaign, a) } : null,
    created: iso(a.createdAt)!,
    start: iso(a.startAt),
    stop: iso(a.stopAt),
    merchantAgreementUrl: a.merchantAgreementUrl,
    merchantRedirectUrl: a.merchantRedirectUrl,
    sub: a.sub,
    userinfoUrl: a.sub ? `${publicUrl}/vipps-userinfo-api/userinfo/${a.sub}` : null,
    ...(a.externalId !== null ? { externalId: a.externalId } : {}),
    countryCode: 'NO',
    ...(a.status === 'PENDING' ? { vippsConfirmationUrl: confirmationUrlOf(a, publicUrl) } : {}),
  };
}

/** A stable numeric transaction id for a charge whose money moved. */
export function transactionIdOf(c: Pick<Charge, 'msn' | 'id'>): string {
  const h = createHash('sha256').update(`${c.msn}/${c.id}`).digest();
  return (h.readBigUInt64BE(0) % 10_000_000_000n).toString().padStart(10, '1');
}

const MOVED = new Set(['CHARGED', 'RESERVED', 'PARTIALLY_CAPTURED', 'PARTIALLY_REFUNDED', 'REFUNDED']);

export function chargeResponse(c: Charge, events: ChargeEvent[], agreement: Pick<Agreement, 'externalId'> | undefined) {
  return {
    id: c.id,
    agreementId: c.agreementId,
    amount: c.amount,
    currency: c.currency,
    description: c.description,
    due: `${c.due}T00:00:00Z`,
    status: c.status,
    type: c.type,
    transactionType: c.transactionType,
    retryDays: c.retryDays,
    transactionId: MOVED.has(c.status) ? transactionIdOf(c) : null,
    externalId: c.externalId ?? c.id,
    ...(agreement?.externalId ? { externalAgreementId: agreement.externalId } : {}),
    // While retrying, the charge is DUE and tells nothing of the attempts (as the guide says).
    failureReason: c.status === 'FAILED' ? c.failureReason : null,
    ...(c.status === 'FAILED' && c.failureDescription ? { failureDescription: c.failureDescription } : {}),
    summary: { captured: c.captured, refunded: c.refunded, cancelled: c.cancelled },
    history: events.map((e) => ({ occurred: iso(e.at)!, event: e.event, amount: e.amount, idempotencyKey: e.idempotencyKey ?? '', success: e.success })),
  };
}

/** Webhook bodies of the recurring.* event types. */
export function agreementEventBody(a: Agreement, eventType: string, actor: 'MERCHANT' | 'USER' | 'SYSTEM', now: number) {
  return { agreementId: a.id, agreementUuid: a.uuid, agreementExternalId: a.externalId, msn: a.msn, eventType, actor, occurred: iso(now) };
}

export function chargeEventBody(c: Charge, a: Pick<Agreement, 'externalId'> | undefined, eventType: string, amount: number, now: number) {
  return {
    agreementId: c.agreementId,
    agreementExternalId: a?.externalId ?? null,
    chargeId: c.id,
    chargeExternalId: c.externalId ?? c.id,
    chargeType: c.type,
    msn: c.msn,
    amount,
    currency: c.currency,
    eventType,
    occurred: iso(now),
    ...(c.failureReason ? { failureReason: c.failureReason } : {}),
  };
}
