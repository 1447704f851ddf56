import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { activeAgreement, createAgreement, accept, createCharge, dayAhead, getCharge, headers, processDay, processedCharge } from '../../support/recurring.js';
import { auth } from '../../support/recurring.js';

describe('Recurring charges: the happy paths', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  
  it('a charge is PENDING until its due date, then CHARGED exactly once when the clock moves across it', async () => {
    const agreementId = await activeAgreement(t);
    const due = dayAhead(t, 2);
    const chargeId = await createCharge(t, agreementId, { due, orderId: `ord-${Date.now()}`, externalId: 'inv-7' });
    expect(chargeId).toMatch(/^ord-/);
    expect(await getCharge(t, agreementId, chargeId)).toMatchObject({ status: 'PENDING', due: `${due}T00:00:00Z`, transactionId: null, externalId: 'inv-7', type: 'RECURRING' });
    await processDay(t, due);
    const charged = await getCharge(t, agreementId, chargeId);
    expect(charged).toMatchObject({ status: 'CHARGED', summary: { captured: 29900, refunded: 0, cancelled: 0 } });
    expect(charged.transactionId).toMatch(/^\d{10}$/);
    expect(charged.history.map((e: { event: string }) => e.event)).toEqual(['CREATE', 'CAPTURE']);
    // A second pass finds nothing to do.
    expect((await t.app.recurringProcessor.runOnce()).attempted).toBe(0);
  });

  it('a charge due later is left alone when the clock stops short of its due date', async () => {
    const agreementId = await activeAgreement(t);
    const soon = dayAhead(t, 2);
    const later = dayAhead(t, 5);
    const a = await createCharge(t, agreementId, { due: soon });
    const b = await createCharge(t, agreementId, { due: later });
    await processDay(t, soon);
    expect((await getCharge(t, agreementId, a)).status).toBe('CHARGED');
    expect((await getCharge(t, agreementId, b)).status).toBe('PENDING');
  });

  it('RESERVE_CAPTURE: reserved on the due date, captured in parts, then refunded in parts', async () => {
    const { agreementId, chargeId } = await processedCharge(t, 'RESERVE_CAPTURE');
    expect((await getCharge(t, agreementId, chargeId)).status).toBe('RESERVED');
    const url = `/recurring/v3/agreements/${agreementId}/charges/${chargeId}`;
    const cap1 = await t.inject({ method: 'POST', url: `${url}/capture`, headers: await headers(t), payload: { amount: 9900, description: 'Part 1' } });
    expect(cap1.statusCode, cap1.body).toBe(204);
    expect(await getCharge(t, agreementId, chargeId)).toMatchObject({ status: 'PARTIALLY_CAPTURED', summary: { captured: 9900 } });
    const cap2 = await t.inject({ method: 'POST', url: `${url}/capture`, headers: await headers(t), payload: { amount: 20000, description: 'Part 2' } });
    expect(cap2.statusCode).toBe(204);
    expect((await getCharge(t, agreementId, chargeId)).status).toBe('CHARGED');
    const ref1 = await t.inject({ method: 'POST', url: `${url}/refund`, headers: await headers(t), payload: { amount: 900, description: 'Goodwill' } });
    expect(ref1.statusCode).toBe(204);
    expect(await getCharge(t, agreementId, chargeId)).toMatchObject({ status: 'PARTIALLY_REFUNDED', summary: { refunded: 900 } });
    await t.inject({ method: 'POST', url: `${url}/refund`, headers: await headers(t), payload: { amount: 29000, description: 'The rest' } });
    expect(await getCharge(t, agreementId, chargeId)).toMatchObject({ status: 'REFUNDED', summary: { captured: 29900, refunded: 29900 } });
  });

  it('cancel: a PENDING charge is CANCELLED; a partly captured one releases the rest and is CHARGED', async () => {
    const agreementId = await activeAgreement(t);
    const pending = await createCharge(t, agreementId);
    const del = await t.inject({ method: 'DELETE', url: `/recurring/v3/agreements/${agreementId}/charges/${pending}`, headers: await headers(t) });
    expect(del.statusCode, del.body).toBe(204);
    expect(await getCharge(t, agreementId, pending)).toMatchObject({ status: 'CANCELLED', summary: { cancelled: 29900 } });

    const r = await processedCharge(t, 'RESERVE_CAPTURE');
    const url = `/recurring/v3/agreements/${r.agreementId}/charges/${r.chargeId}`;
    await t.inject({ method: 'POST', url: `${url}/capture`, headers: await headers(t), payload: { amount: 10000, description: 'Shipped' } });
    await t.inject({ method: 'DELETE', url, headers: await headers(t) });
    expect(await getCharge(t, r.agreementId, r.chargeId)).toMatchObject({ status: 'CHARGED', summary: { captured: 10000, cancelled: 19900 } });
  });

  it('list charges with a status filter, and get a charge by its id alone', async () => {
    const agreementId = await activeAgreement(t);
    const a = await createCharge(t, agreementId);
    const b = await createCharge(t, agreementId, { due: dayAhead(t, 3) });
    await t.inject({ method: 'DELETE', url: `/recurring/v3/agreements/${agreementId}/charges/${b}`, headers: await headers(t) });
    const all = (await t.inject({ method: 'GET', url: `/recurring/v3/agreements/${agreementId}/charges`, headers: await auth(t) })).json();
    expect(all.map((c: { id: string }) => c.id)).toEqual([a, b]);
    const cancelled = (await t.inject({ method: 'GET', url: `/recurring/v3/agreements/${agreementId}/charges?status=CANCELLED`, headers: await auth(t) })).json();
    expect(cancelled.map((c: { id: string }) => c.id)).toEqual([b]);
    const byId = await t.inject({ method: 'GET', url: `/recurring/v3/charges/${a}`, headers: await auth(t) });
    expect(byId.json()).toMatchObject({ id: a, agreementId });
  });

  it('many charges in one call: the valid ones are scheduled, the invalid ones returned with why', async () => {
    const agreementId = await activeAgreement(t);
    const base = { amount: 10000, transactionType: 'DIRECT_CAPTURE', description: 'Batch', due: dayAhead(t, 2), retryDays: 1 };
    const res = await t.inject({
      method: 'POST',
      url: '/recurring/v3/agreements/charges',
      headers: await headers(t),
      payload: [
        { ...base, agreementId, orderId: `b1-${Date.now()}` },
        { ...base, agreementId, orderId: `b2-${Date.now()}`, amount: 29900 * 5 + 1 },
        { ...base, agreementId: 'agr_nope', orderId: `b3-${Date.now()}` },
      ],
    });
    expect(res.statusCode, res.body).toBe(202);
    const body = res.json();
    expect(body.validCharges).toHaveLength(1);
    expect(body.invalidCharges).toHaveLength(2);
    expect(body.invalidCharges[0].errors[0]).toMatch(/above 149500/);
    expect((await getCharge(t, agreementId, body.validCharges[0])).status).toBe('PENDING');
  });

  it('the idempotency key replays a create charge without a second charge', async () => {
    const agreementId = await activeAgreement(t);
    const h = await headers(t);
    const payload = { amount: 5000, transactionType: 'DIRECT_CAPTURE', description: 'Once', due: dayAhead(t, 2), retryDays: 0 };
    const first = await t.inject({ method: 'POST', url: `/recurring/v3/agreements/${agreementId}/charges`, headers: h, payload });
    const again = await t.inject({ method: 'POST', url: `/recurring/v3/agreements/${agreementId}/charges`, headers: h, payload });
    expect(again.json()).toEqual(first.json());
    const all = (await t.inject({ method: 'GET', url: `/recurring/v3/agreements/${agreementId}/charges`, headers: await auth(t) })).json();
    expect(all).toHaveLength(1);
  });
});

describe('Recurring charges: failing cards, retries and failure reasons', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it.each([
    ['4748000001', 'user_action_required'], // insufficient funds
    ['4748000002', 'user_action_required'], // expired card
  ])('payer %s: DUE while retrying, FAILED with %s after the retry days', async (phone, reason) => {
    const agreementId = await activeAgreement(t, {}, undefined, phone);
    const due = dayAhead(t, 2);
    const chargeId = await createCharge(t, agreementId, { due, retryDays: 2 });
    await processDay(t, due);
    expect(await getCharge(t, agreementId, chargeId)).toMatchObject({ status: 'DUE', failureReason: null });
    await processDay(t, dayAhead(t, 1));
    expect((await getCharge(t, agreementId, chargeId)).status).toBe('DUE');
    await processDay(t, dayAhead(t, 1));
    const failed = await getCharge(t, agreementId, chargeId);
    expect(failed).toMatchObject({ status: 'FAILED', failureReason: reason });
    expect(failed.history.map((e: { event: string }) => e.event)).toEqual(['CREATE', 'FAIL']);
  });

  it('VARIABLE pricing: a charge above the payer\'s max amount fails with charge_amount_too_high', async () => {
    const { agreementId } = await createAgreement(t, { pricing: { type: 'VARIABLE', suggestedMaxAmount: 50000, currency: 'NOK' } });
    await accept(t, agreementId, '4791234567', { maxAmount: 20000 });
    const due = dayAhead(t, 2);
    const chargeId = await createCharge(t, agreementId, { due, amount: 30000, retryDays: 0 });
    await processDay(t, due);
    expect(await getCharge(t, agreementId, chargeId)).toMatchObject({ status: 'FAILED', failureReason: 'charge_amount_too_high' });
  });
});
