import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../../src/domain/recurring/agreement.js';
import type { Charge } from '../../../src/domain/recurring/charge.js';
import { attemptOutcome, chargeLimit, checkCancel, checkCapture, checkChargeAmount, checkRefund, settleAttempt, statusAfterCapture, statusAfterRefund } from '../../../src/domain/recurring/charge-rules.js';
import { checkDue, lastAttemptAt, nextAttemptAfter, firstAttemptAt, dayStart } from '../../../src/domain/recurring/due-dates.js';
import { VppError } from '../../../src/domain/errors.js';

const charge = (over: Partial<Charge> = {}): Charge => ({
  id: 'chr-1', msn: '212345', agreementId: 'agr_1', type: 'RECURRING', transactionType: 'RESERVE_CAPTURE', status: 'RESERVED', currency: 'NOK',
  amount: 1000, reserved: 1000, captured: 0, refunded: 0, cancelled: 0, description: 'x', due: '2026-12-10', retryDays: 0, externalId: null,
  failureReason: null, failureDescription: null, nextAttemptAt: null, lastAttemptAt: 0, cancelRequestedAt: null, createdAt: 0, updatedAt: 0, ...over,
});
const agreement = (over: Partial<Agreement>) => ({ id: 'agr_1', pricingType: 'LEGACY', amount: 1000, suggestedMaxAmount: null, maxAmount: null, ...over }) as Agreement;
const kind = (f: () => void) => {
  try {
    f();
    return 'ok';
  } catch (e) {
    return (e as VppError).kind;
  }
};

describe('charge amount limits', () => {
  it('LEGACY: at most five times the price', () => {
    expect(chargeLimit(agreement({ amount: 29900 }))).toBe(149500);
    expect(kind(() => checkChargeAmount(agreement({ amount: 29900 }), 149500))).toBe('ok');
    expect(kind(() => checkChargeAmount(agreement({ amount: 29900 }), 149501))).toBe('validation');
  });
  it('VARIABLE: the higher of the suggested and the chosen max amount', () => {
    expect(chargeLimit(agreement({ pricingType: 'VARIABLE', amount: null, suggestedMaxAmount: 5000, maxAmount: 2000 }))).toBe(5000);
    expect(chargeLimit(agreement({ pricingType: 'VARIABLE', amount: null, suggestedMaxAmount: 5000, maxAmount: 7000 }))).toBe(7000);
  });
});

describe('capture, refund and cancel', () => {
  it('capture only RESERVE_CAPTURE charges that are reserved, never beyond what is left', () => {
    expect(kind(() => checkCapture(charge(), 1000))).toBe('ok');
    expect(kind(() => checkCapture(charge(), 1001))).toBe('validation');
    expect(kind(() => checkCapture(charge({ status: 'PARTIALLY_CAPTURED', captured: 600 }), 401))).toBe('validation');
    expect(kind(() => checkCapture(charge({ status: 'PARTIALLY_CAPTURED', captured: 600 }), 400))).toBe('ok');
    expect(kind(() => checkCapture(charge({ transactionType: 'DIRECT_CAPTURE', status: 'CHARGED' }), 1))).toBe('conflict');
    expect(kind(() => checkCapture(charge({ status: 'CANCELLED' }), 1))).toBe('conflict');
  });
  it('refund never beyond what was captured', () => {
    expect(kind(() => checkRefund(charge({ status: 'CHARGED', captured: 1000 }), 1000))).toBe('ok');
    expect(kind(() => checkRefund(charge({ status: 'PARTIALLY_REFUNDED', captured: 1000, refunded: 700 }), 301))).toBe('validation');
    expect(kind(() => checkRefund(charge({ status: 'PENDING' }), 1))).toBe('conflict');
  });
  it('cancel only PENDING, DUE, RESERVED or PARTIALLY_CAPTURED', () => {
    for (const s of ['PENDING', 'DUE', 'RESERVED', 'PARTIALLY_CAPTURED'] as const) expect(kind(() => checkCancel(charge({ status: s })))).toBe('ok');
    for (const s of ['CHARGED', 'FAILED', 'CANCELLED', 'REFUNDED'] as const) expect(kind(() => checkCancel(charge({ status: s })))).toBe('conflict');
  });
  it('the status after money moved', () => {
    expect(statusAfterCapture({ reserved: 1000, captured: 999, cancelled: 0 })).toBe('PARTIALLY_CAPTURED');
    expect(statusAfterCapture({ reserved: 1000, captured: 1000, cancelled: 0 })).toBe('CHARGED');
    expect(statusAfterRefund({ captured: 1000, refunded: 1 })).toBe('PARTIALLY_REFUNDED');
    expect(statusAfterRefund({ captured: 1000, refunded: 1000 })).toBe('REFUNDED');
  });
});

describe('what an attempt does, by the payer\'s card', () => {
  const base = { amount: 1000, cardOutcome: 'ok' as const, cardBalance: null, maxAmount: null };
  it('a good card pays', () => expect(attemptOutcome(base)).toEqual({ ok: true }));
  it.each([
    ['insufficient_funds', 'user_action_required'],
    ['card_expired', 'user_action_required'],
    ['card_blocked', 'user_action_required'],
    ['profile_deleted', 'non_technical_error'],
    ['technical_error', 'technical_error'],
  ] as const)('%s → %s', (cardOutcome, reason) => expect(attemptOutcome({ ...base, cardOutcome })).toMatchObject({ ok: false, reason }));
  it('too little money on the card → user_action_required', () => expect(attemptOutcome({ ...base, cardBalance: 999 })).toMatchObject({ reason: 'user_action_required' }));
  it('above the payer\'s max amount → charge_amount_too_high', () => expect(attemptOutcome({ ...base, maxAmount: 999 })).toMatchObject({ reason: 'charge_amount_too_high' }));
});

describe('due dates', () => {
  const now = Date.parse('2026-12-04T14:00:00Z');
  it('at least two days ahead in production, one in test', () => {
    expect(kind(() => checkDue('2026-12-05', { now, testMode: false }))).toBe('validation');
    expect(kind(() => checkDue('2026-12-06', { now, testMode: false }))).toBe('ok');
    expect(kind(() => checkDue('2026-12-05', { now, testMode: true }))).toBe('ok');
  });
  it('at most two years ahead, and a real date', () => {
    expect(kind(() => checkDue('2028-12-04', { now, testMode: false }))).toBe('ok');
    expect(kind(() => checkDue('2028-12-05', { now, testMode: false }))).toBe('validation');
    expect(kind(() => checkDue('2026-02-30', { now, testMode: false }))).toBe('validation');
  });
  it('attempts at 07:00 UTC on the due day and on each retry day', () => {
    const start = dayStart('2026-12-10')!;
    expect(new Date(firstAttemptAt(start)).toISOString()).toBe('2026-12-10T07:00:00.000Z');
    expect(new Date(nextAttemptAfter(firstAttemptAt(start))).toISOString()).toBe('2026-12-11T07:00:00.000Z');
    expect(new Date(lastAttemptAt(start, 3)).toISOString()).toBe('2026-12-13T07:00:00.000Z');
  });
});

describe('settleAttempt: where one attempt leaves a charge', () => {
  const DAY = 86_400_000;
  const now = Date.UTC(2030, 0, 10, 7);
  const failed = { ok: false as const, reason: 'user_action_required' as const, description: 'Insufficient funds on the card' };

  it('money moved: CHARGED with a CAPTURE (direct capture) or RESERVED with a RESERVE', () => {
    expect(settleAttempt({ transactionType: 'DIRECT_CAPTURE', lastAttemptAt: now }, { ok: true }, now)).toMatchObject({ status: 'CHARGED', event: 'CAPTURE', nextAttemptAt: null });
    expect(settleAttempt({ transactionType: 'RESERVE_CAPTURE', lastAttemptAt: now }, { ok: true }, now)).toMatchObject({ status: 'RESERVED', event: 'RESERVE', nextAttemptAt: null });
  });

  it('the card failed: DUE for tomorrow 07:00 while retry days last, without an event; FAILED after the last', () => {
    expect(settleAttempt({ transactionType: 'DIRECT_CAPTURE', lastAttemptAt: now + DAY }, failed, now)).toEqual({
      status: 'DUE',
      event: null,
      nextAttemptAt: now + DAY,
      failureReason: 'user_action_required',
      failureDescription: 'Insufficient funds on the card',
    });
    expect(settleAttempt({ transactionType: 'DIRECT_CAPTURE', lastAttemptAt: now + DAY - 1 }, failed, now)).toMatchObject({ status: 'FAILED', event: 'FAIL', nextAttemptAt: null, failureReason: 'user_action_required' });
    expect(settleAttempt({ transactionType: 'RESERVE_CAPTURE', lastAttemptAt: now }, failed, now).status).toBe('FAILED');
  });
});
