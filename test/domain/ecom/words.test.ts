// The mapping between the shared engine's words and eCom's, in one place.
import { describe, expect, it } from 'vitest';
import { callbackStatusOf, logOperationOf, orderStatusOf, refusalErrorOf, transactionIdOf, transactionLogOf, transactionSummaryOf } from '../../../src/domain/ecom/words.js';
import { CARD_REFUSALS } from '../../../src/domain/payments/card-refusal.js';
import type { Payment, PaymentEvent } from '../../../src/domain/payments/payment.js';

const regular = { paymentType: 'eComm Regular Payment' as const };
const express = { paymentType: 'eComm Express Payment' as const };
const sale = { paymentType: 'eComm Regular Payment' as const, directCapture: true };
const expressSale = { paymentType: 'eComm Express Payment' as const, directCapture: true };

describe('eCom words', () => {
  it('maps every shared event to its transaction log operation', () => {
    expect(['CREATED', 'AUTHORIZED', 'CAPTURED', 'REFUNDED', 'ABORTED', 'EXPIRED', 'TERMINATED', 'CANCELLED'].map((n) => logOperationOf(n))).toEqual([
      'INITIATE', 'RESERVE', 'CAPTURE', 'REFUND', 'CANCEL', 'CANCEL', 'CANCEL', 'VOID',
    ]);
    expect(logOperationOf('SOMETHING_ELSE')).toBeUndefined();
  });

  it('shows a direct-capture approval as one SALE: the capture logged with it is no entry of its own', () => {
    expect(logOperationOf('AUTHORIZED', sale)).toBe('SALE');
    expect(logOperationOf('CAPTURED', sale)).toBeUndefined();
    expect(logOperationOf('REFUNDED', sale)).toBe('REFUND');
    expect(logOperationOf('CAPTURED', { directCapture: false })).toBe('CAPTURE');
  });

  it('calls back SALE for direct capture and RESERVE_FAILED / SALE_FAILED when the card refused', () => {
    expect(callbackStatusOf('AUTHORIZED', sale)).toBe('SALE');
    expect(callbackStatusOf('AUTHORIZED', expressSale)).toBe('SALE');
    expect(callbackStatusOf('AUTHORIZED', regular, false)).toBe('RESERVE_FAILED');
    expect(callbackStatusOf('AUTHORIZED', express, false)).toBe('RESERVE_FAILED');
    expect(callbackStatusOf('AUTHORIZED', sale, false)).toBe('SALE_FAILED');
    expect(callbackStatusOf('CAPTURED', sale)).toBeUndefined();
  });

  it('names each card refusal with its own Payment error code, 41 to 45', () => {
    expect(CARD_REFUSALS.map((r) => refusalErrorOf(r).errorCode)).toEqual(['41', '42', '43', '44', '45']);
    for (const r of CARD_REFUSALS) expect(refusalErrorOf(r).errorGroup).toBe('Payment');
  });

  it('says RESERVED to regular and RESERVE to Express callbacks, and calls back only for what the payer (or time) did', () => {
    expect(callbackStatusOf('AUTHORIZED', regular)).toBe('RESERVED');
    expect(callbackStatusOf('AUTHORIZED', express)).toBe('RESERVE');
    expect(callbackStatusOf('ABORTED', regular)).toBe('CANCELLED');
    expect(callbackStatusOf('EXPIRED', express)).toBe('REJECTED');
    for (const merchantDid of ['CREATED', 'CAPTURED', 'REFUNDED', 'CANCELLED', 'TERMINATED']) expect(callbackStatusOf(merchantDid, regular)).toBeUndefined();
  });

  it('reports a timed-out order as REJECTED in the deprecated status', () => {
    expect(orderStatusOf({ name: 'EXPIRED', success: true })).toBe('REJECTED');
    expect(orderStatusOf({ name: 'CANCELLED', success: true })).toBe('VOID');
  });

  it('reports a refused card as FAILED and a fresh direct capture as SALE in the deprecated status', () => {
    expect(orderStatusOf({ name: 'AUTHORIZED', success: false })).toBe('FAILED');
    expect(orderStatusOf({ name: 'CAPTURED', success: true }, sale)).toBe('SALE');
    expect(orderStatusOf({ name: 'CAPTURED', success: true })).toBe('CAPTURE');
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
    const ev = (name: string, i: number, key: string | null = null): PaymentEvent => ({ eventId: `e${i}`, paymentId: 'p', name, pspReference: `01890a5d-ac96-774b-bcce-b302099a805${i}`, currency: 'NOK', amount: 100 * i, success: true, idempotencyKey: key, createdAt: i * 1000 });
    const log = transactionLogOf([ev('CREATED', 1), ev('AUTHORIZED', 2), ev('CAPTURED', 3, 'req-3')], new Map([['e3', 'shipped']]), 'the order');
    expect(log.map((e) => [e.operation, e.transactionText, e.requestId])).toEqual([
      ['CAPTURE', 'shipped', 'req-3'],
      ['RESERVE', 'the order', ''],
      ['INITIATE', 'the order', ''],
    ]);
  });

  it('lists a refused card as an unsuccessful RESERVE, and a direct capture as one SALE', () => {
    const ev = (name: string, i: number, success = true): PaymentEvent => ({ eventId: `e${i}`, paymentId: 'p', name, pspReference: `01890a5d-ac96-774b-bcce-b302099a805${i}`, currency: 'NOK', amount: 100, success, idempotencyKey: null, createdAt: i * 1000 });
    const failed = transactionLogOf([ev('CREATED', 1), ev('AUTHORIZED', 2, false)], new Map(), 'x');
    expect(failed.map((e) => [e.operation, e.operationSuccess])).toEqual([['RESERVE', false], ['INITIATE', true]]);
    const sold = transactionLogOf([ev('CREATED', 1), ev('AUTHORIZED', 2), ev('CAPTURED', 3), ev('REFUNDED', 4)], new Map(), 'x', sale);
    expect(sold.map((e) => e.operation)).toEqual(['REFUND', 'SALE', 'INITIATE']);
  });
});
