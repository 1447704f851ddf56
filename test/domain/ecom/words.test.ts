// The mapping between the shared engine's words and eCom's, in one place.
import { describe, expect, it } from 'vitest';
import { callbackStatusOf, logOperationOf, orderStatusOf, transactionIdOf, transactionLogOf, transactionSummaryOf } from '../../../src/domain/ecom/words.js';
import type { Payment, PaymentEvent } from '../../../src/domain/payments/payment.js';

const regular = { paymentType: 'eComm Regular Payment' as const };
const express = { paymentType: 'eComm Express Payment' as const };

describe('eCom words', () => {
  it('maps every shared event to its transaction log operation', () => {
    expect(['CREATED', 'AUTHORIZED', 'CAPTURED', 'REFUNDED', 'ABORTED', 'EXPIRED', 'TERMINATED', 'CANCELLED'].map(logOperationOf)).toEqual([
      'INITIATE', 'RESERVE', 'CAPTURE', 'REFUND', 'CANCEL', 'CANCEL', 'CANCEL', 'VOID',
    ]);
    expect(logOperationOf('SOMETHING_ELSE')).toBeUndefined();
  });

  it('says RESERVED to regular and RESERVE to Express callbacks, and calls back only for what the payer (or time) did', () => {
    expect(callbackStatusOf('AUTHORIZED', regular)).toBe('RESERVED');
    expect(callbackStatusOf('AUTHORIZED', express)).toBe('RESERVE');
    expect(callbackStatusOf('ABORTED', regular)).toBe('CANCELLED');
    expect(callbackStatusOf('EXPIRED', express)).toBe('REJECTED');
    for (const merchantDid of ['CREATED', 'CAPTURED', 'REFUNDED', 'CANCELLED', 'TERMINATED']) expect(callbackStatusOf(merchantDid, regular)).toBeUndefined();
  });

  it('reports a timed-out order as REJECTED in the deprecated status', () => {
    expect(orderStatusOf('EXPIRED')).toBe('REJECTED');
    expect(orderStatusOf('CANCELLED')).toBe('VOID');
  });

  it('gives each pspReference one stable numeric transaction id', () => {
    const a = transactionIdOf('01890a5d-ac96-774b-bcce-b302099a8057');
    expect(a).toMatch(/^\d{10,}$/);
    expect(transactionIdOf('01890a5d-ac96-774b-bcce-b302099a8057')).toBe(a);
    expect(transactionIdOf('01890a5d-ac96-774b-bcce-b302099a8058')).not.toBe(a);
  });

  it('summarises what is left to capture and refund', () => {
    const p = { state: 'AUTHORIZED', authorized: 10000, captured: 4000, refunded: 1000, cancelled: 0 } as Payment;
    expect(transactionSummaryOf(p)).toEqual({ capturedAmount: 4000, refundedAmount: 1000, remainingAmountToCapture: 6000, remainingAmountToRefund: 3000 });
    expect(transactionSummaryOf({ ...p, cancelled: 6000 }).remainingAmountToCapture).toBe(0);
  });

  it('lists the log newest first with each event\'s own text and request id', () => {
    const ev = (name: PaymentEvent['name'], i: number, key: string | null = null): PaymentEvent => ({ eventId: `e${i}`, paymentId: 'p', name, pspReference: `01890a5d-ac96-774b-bcce-b302099a805${i}`, currency: 'NOK', amount: 100 * i, success: true, idempotencyKey: key, createdAt: i * 1000 });
    const log = transactionLogOf([ev('CREATED', 1), ev('AUTHORIZED', 2), ev('CAPTURED', 3, 'req-3')], new Map([['e3', 'shipped']]), 'the order');
    expect(log.map((e) => [e.operation, e.transactionText, e.requestId])).toEqual([
      ['CAPTURE', 'shipped', 'req-3'],
      ['RESERVE', 'the order', ''],
      ['INITIATE', 'the order', ''],
    ]);
  });
});
