import { describe, expect, it } from 'vitest';
import { VppError } from '../../../src/domain/errors.js';
import { CAPTURE_PERIOD_MS, checkCapture, checkRefund, planCancel, REFUND_PERIOD_MS, type PaymentMoney } from '../../../src/domain/payments/money-rules.js';

const NOW = Date.UTC(2030, 0, 1);
const pay = (over: Partial<PaymentMoney> = {}): PaymentMoney => ({
  reference: 'order-12345678',
  state: 'AUTHORIZED',
  currency: 'NOK',
  amount: 1000,
  authorized: 1000,
  captured: 0,
  refunded: 0,
  cancelled: 0,
  authorizedAt: NOW - 1000,
  ...over,
});
const nok = (value: number) => ({ currency: 'NOK', value });

function refusal(fn: () => unknown): VppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof VppError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('capture rules', () => {
  it('allows a partial and then the remaining capture', () => {
    expect(() => checkCapture(pay(), nok(400), NOW)).not.toThrow();
    expect(() => checkCapture(pay({ captured: 400 }), nok(600), NOW)).not.toThrow();
  });
  it('never beyond what is authorised minus what is captured', () => {
    const e = refusal(() => checkCapture(pay({ captured: 400 }), nok(601), NOW));
    expect(e.kind).toBe('validation');
    expect(e.opts.title).toBe('Capture amount too high');
    expect(e.fields).toEqual([{ name: 'modificationAmount.value', reason: 'must be at most 600' }]);
  });
  it('not before the payer approved', () => {
    const e = refusal(() => checkCapture(pay({ state: 'CREATED', authorized: 0 }), nok(100), NOW));
    expect([e.kind, e.opts.title]).toEqual(['conflict', 'Cannot capture before reservation']);
  });
  it.each(['ABORTED', 'EXPIRED', 'TERMINATED'] as const)('not in the final state %s', (state) => {
    const e = refusal(() => checkCapture(pay({ state, authorized: 0 }), nok(100), NOW));
    expect(e.kind).toBe('conflict');
    expect(e.detail).toContain(`Invalid state: ${state}`);
  });
  it('not after a cancel', () => {
    const e = refusal(() => checkCapture(pay({ captured: 200, cancelled: 800 }), nok(100), NOW));
    expect(e.opts.title).toBe('Cannot capture a cancelled payment');
  });
  it('not in another currency', () => {
    const e = refusal(() => checkCapture(pay(), { currency: 'EUR', value: 100 }, NOW));
    expect(e.fields?.[0]?.name).toBe('modificationAmount.currency');
  });
  it('not zero', () => {
    expect(refusal(() => checkCapture(pay(), nok(0), NOW)).fields?.[0]?.name).toBe('modificationAmount.value');
  });
  it('only within 180 days of the reservation', () => {
    expect(() => checkCapture(pay({ authorizedAt: NOW - CAPTURE_PERIOD_MS }), nok(100), NOW)).not.toThrow();
    expect(refusal(() => checkCapture(pay({ authorizedAt: NOW - CAPTURE_PERIOD_MS - 1 }), nok(100), NOW)).opts.title).toBe('Capture period expired');
  });
});

describe('refund rules', () => {
  it('allows partial refunds up to what is captured', () => {
    expect(() => checkRefund(pay({ captured: 600 }), nok(600), NOW)).not.toThrow();
    expect(() => checkRefund(pay({ captured: 600, refunded: 200 }), nok(400), NOW)).not.toThrow();
  });
  it('never beyond what is captured minus what is refunded', () => {
    const e = refusal(() => checkRefund(pay({ captured: 600, refunded: 200 }), nok(401), NOW));
    expect([e.kind, e.opts.title]).toEqual(['validation', 'Not enough refundable']);
    expect(e.fields?.[0]?.reason).toBe('must be at most 400');
  });
  it('nothing when nothing is captured', () => {
    expect(refusal(() => checkRefund(pay(), nok(100), NOW)).opts.title).toBe('Not enough refundable');
  });
  it('nothing more once refunded in full', () => {
    expect(refusal(() => checkRefund(pay({ captured: 600, refunded: 600 }), nok(1), NOW)).opts.title).toBe('Payment already refunded');
  });
  it('not before the payer approved', () => {
    expect(refusal(() => checkRefund(pay({ state: 'CREATED', authorized: 0 }), nok(100), NOW)).opts.title).toBe('Attempted refund before reservation');
  });
  it('still possible after the rest was cancelled', () => {
    expect(() => checkRefund(pay({ captured: 300, cancelled: 700 }), nok(300), NOW)).not.toThrow();
  });
  it('only within 365 days of the reservation', () => {
    expect(refusal(() => checkRefund(pay({ captured: 600, authorizedAt: NOW - REFUND_PERIOD_MS - 1 }), nok(100), NOW)).opts.title).toBe('Refund period expired');
  });
});

describe('cancel rules', () => {
  it('before approval: terminates for the whole amount', () => {
    expect(planCancel(pay({ state: 'CREATED', authorized: 0 }), NOW)).toEqual({ kind: 'terminate', amount: 1000 });
  });
  it('after approval: releases what is not captured', () => {
    expect(planCancel(pay(), NOW)).toEqual({ kind: 'release', amount: 1000 });
    expect(planCancel(pay({ captured: 250 }), NOW)).toEqual({ kind: 'release', amount: 750 });
  });
  it('not after a full capture', () => {
    expect(refusal(() => planCancel(pay({ captured: 1000 }), NOW)).opts.title).toBe('Cannot cancel a captured payment');
  });
  it('not twice', () => {
    expect(refusal(() => planCancel(pay({ captured: 250, cancelled: 750 }), NOW)).opts.title).toBe('Payment already cancelled');
  });
  it.each(['ABORTED', 'EXPIRED', 'TERMINATED'] as const)('not in the final state %s', (state) => {
    expect(refusal(() => planCancel(pay({ state, authorized: 0 }), NOW)).kind).toBe('conflict');
  });
  it('only within 180 days of the reservation', () => {
    expect(refusal(() => planCancel(pay({ authorizedAt: NOW - CAPTURE_PERIOD_MS - 1 }), NOW)).opts.title).toBe('Cancel period expired');
  });
});
