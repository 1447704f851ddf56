import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { activeAgreement, auth, chargeBody, createAgreement, createCharge, dayAhead, getCharge, headers, processedCharge } from '../../support/recurring.js';

describe('Recurring charges: errors say what to fix and change nothing', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const create = async (agreementId: string, over: Record<string, unknown>) =>
    t.inject({ method: 'POST', url: `/recurring/v3/agreements/${agreementId}/charges`, headers: await headers(t), payload: chargeBody(t, over) });

  it('a due date less than two days ahead, or more than two years: 400 naming due', async () => {
    const id = await activeAgreement(t);
    for (const due of [dayAhead(t, 1), dayAhead(t, 800), 'tomorrow']) {
      const res = await create(id, { due });
      expect(res.statusCode).toBe(400);
      expect(res.json().extraDetails[0].field).toBe('due');
    }
  });

  it('more than five times the price (LEGACY): 400 naming amount', async () => {
    const id = await activeAgreement(t);
    const res = await create(id, { amount: 29900 * 5 + 1 });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('149500');
  });

  it('above the suggested max amount (VARIABLE): 400', async () => {
    const id = await activeAgreement(t, { pricing: { type: 'VARIABLE', suggestedMaxAmount: 10000, currency: 'NOK' } });
    expect((await create(id, { amount: 10001 })).statusCode).toBe(400);
  });

  it('on a PENDING agreement: 400; on an unknown one: 404; retryDays above 14 or amount below 100: 400', async () => {
    const { agreementId } = await createAgreement(t);
    expect((await create(agreementId, {})).statusCode).toBe(400);
    expect((await create('agr_missing', {})).statusCode).toBe(404);
    const id = await activeAgreement(t);
    expect((await create(id, { retryDays: 15 })).statusCode).toBe(400);
    expect((await create(id, { amount: 99 })).statusCode).toBe(400);
    expect((await create(id, { type: 'INITIAL' })).statusCode).toBe(400);
  });

  it('an orderId used before: 409', async () => {
    const id = await activeAgreement(t);
    const orderId = `dup-${Date.now()}`;
    await createCharge(t, id, { orderId });
    expect((await create(id, { orderId })).statusCode).toBe(409);
  });

  it('capture more than reserved: 400 and nothing captured; capture a DIRECT_CAPTURE charge: 409', async () => {
    const r = await processedCharge(t, 'RESERVE_CAPTURE');
    const url = `/recurring/v3/agreements/${r.agreementId}/charges/${r.chargeId}`;
    const res = await t.inject({ method: 'POST', url: `${url}/capture`, headers: await headers(t), payload: { amount: 29901, description: 'Too much' } });
    expect(res.statusCode).toBe(400);
    expect((await getCharge(t, r.agreementId, r.chargeId)).summary.captured).toBe(0);
    const d = await processedCharge(t, 'DIRECT_CAPTURE');
    const direct = await t.inject({ method: 'POST', url: `/recurring/v3/agreements/${d.agreementId}/charges/${d.chargeId}/capture`, headers: await headers(t), payload: { amount: 100, description: 'x' } });
    expect(direct.statusCode).toBe(409);
  });

  it('refund more than captured: 400; refund a PENDING charge: 409; cancel a CHARGED one: 409', async () => {
    const d = await processedCharge(t);
    const url = `/recurring/v3/agreements/${d.agreementId}/charges/${d.chargeId}`;
    expect((await t.inject({ method: 'POST', url: `${url}/refund`, headers: await headers(t), payload: { amount: 29901, description: 'x' } })).statusCode).toBe(400);
    expect((await t.inject({ method: 'DELETE', url, headers: await headers(t) })).statusCode).toBe(409);
    const id = await activeAgreement(t);
    const pending = await createCharge(t, id);
    expect((await t.inject({ method: 'POST', url: `/recurring/v3/agreements/${id}/charges/${pending}/refund`, headers: await headers(t), payload: { amount: 100, description: 'x' } })).statusCode).toBe(409);
  });

  it('a charge under another agreement of the unit: 404', async () => {
    const a = await activeAgreement(t);
    const b = await activeAgreement(t);
    const charge = await createCharge(t, a);
    expect((await t.inject({ method: 'GET', url: `/recurring/v3/agreements/${b}/charges/${charge}`, headers: await auth(t) })).statusCode).toBe(404);
    expect((await t.inject({ method: 'GET', url: '/recurring/v3/charges/chr-missing', headers: await auth(t) })).statusCode).toBe(404);
  });

  it('a bad status filter: 400', async () => {
    const id = await activeAgreement(t);
    expect((await t.inject({ method: 'GET', url: `/recurring/v3/agreements/${id}/charges?status=PAID`, headers: await auth(t) })).statusCode).toBe(400);
  });
});
