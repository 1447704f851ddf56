import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { accept, activeAgreement, createAgreement, headers, merchantCaller, PAYER } from '../../support/recurring.js';
import { auth } from '../../support/recurring.js';

describe('Recurring agreements: the happy paths', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const get = async (id: string) => {
    const res = await t.inject({ method: 'GET', url: `/recurring/v3/agreements/${id}`, headers: await auth(t) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('a drafted agreement is PENDING with a confirmation URL, and ACTIVE once the payer accepts', async () => {
    const created = await createAgreement(t, { externalId: 'sub-1001' });
    expect(created.agreementId).toMatch(/^agr_/);
    expect(created.uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.vippsConfirmationUrl).toMatch(/^http:\/\/vpp\.test\/app\/recurring\?token=/);
    expect(created.chargeId).toBeNull();
    const pending = await get(created.agreementId);
    expect(pending).toMatchObject({ status: 'PENDING', pricing: { type: 'LEGACY', amount: 29900, currency: 'NOK' }, interval: { unit: 'MONTH', count: 1, text: 'hver måned' }, externalId: 'sub-1001', start: null });
    const before = Math.floor(t.rt.clock.now() / 1000) * 1000;
    await accept(t, created.agreementId);
    const after = t.rt.clock.now();
    const active = await get(created.agreementId);
    expect(active.status).toBe('ACTIVE');
    // The acceptance time, to the second.
    expect(Date.parse(active.start)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(active.start)).toBeLessThanOrEqual(after);
    expect(active.vippsConfirmationUrl).toBeUndefined();
  });

  it('VARIABLE pricing shows the suggested and the chosen max amount', async () => {
    const { agreementId } = await createAgreement(t, { pricing: { type: 'VARIABLE', suggestedMaxAmount: 300000, currency: 'NOK' } });
    await accept(t, agreementId, PAYER, { maxAmount: 200000 });
    expect((await get(agreementId)).pricing).toEqual({ type: 'VARIABLE', currency: 'NOK', suggestedMaxAmount: 300000, maxAmount: 200000 });
  });

  it.each([
    ['PRICE_CAMPAIGN', { type: 'PRICE_CAMPAIGN', price: 100, end: '2027-03-01T00:00:00Z' }],
    ['PERIOD_CAMPAIGN', { type: 'PERIOD_CAMPAIGN', price: 100, period: { unit: 'WEEK', count: 4 } }],
    ['EVENT_CAMPAIGN', { type: 'EVENT_CAMPAIGN', price: 100, eventDate: '2026-12-24T00:00:00Z', eventText: 'til jul' }],
    ['FULL_FLEX_CAMPAIGN', { type: 'FULL_FLEX_CAMPAIGN', price: 100, end: '2027-03-01T00:00:00Z', interval: { unit: 'WEEK', count: 2 } }],
  ])('a %s is shown with its explanation', async (_name, campaign) => {
    const { agreementId } = await createAgreement(t, { campaign });
    const a = await get(agreementId);
    expect(a.campaign).toMatchObject(campaign);
    expect(a.campaign.explanation).toMatch(/^1 kr /);
  });

  it('an initial DIRECT_CAPTURE charge is charged when the payer accepts', async () => {
    const created = await createAgreement(t, { initialCharge: { amount: 4900, description: 'Oppstart', transactionType: 'DIRECT_CAPTURE' } });
    expect(created.chargeId).toMatch(/^chr-/);
    const r = await accept(t, created.agreementId);
    expect(r.initialChargeStatus).toBe('CHARGED');
    const res = await t.inject({ method: 'GET', url: `/recurring/v3/agreements/${created.agreementId}/charges/${created.chargeId}`, headers: await auth(t) });
    expect(res.json()).toMatchObject({ type: 'INITIAL', status: 'CHARGED', amount: 4900, summary: { captured: 4900, refunded: 0, cancelled: 0 } });
  });

  it('scope shares the profile: sub and userinfoUrl after acceptance', async () => {
    const { agreementId } = await createAgreement(t, { scope: 'name phoneNumber' });
    await accept(t, agreementId);
    const a = await get(agreementId);
    expect(a.sub).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.userinfoUrl).toBe(`http://vpp.test/vipps-userinfo-api/userinfo/${a.sub}`);
  });

  it('list: ACTIVE by default, other statuses on request, paged', async () => {
    const pendingId = (await createAgreement(t)).agreementId;
    const activeId = await activeAgreement(t);
    const h = await auth(t);
    const active = (await t.inject({ method: 'GET', url: '/recurring/v3/agreements', headers: h })).json() as { id: string; status: string }[];
    expect(active.map((a) => a.id)).toContain(activeId);
    expect(active.every((a) => a.status === 'ACTIVE')).toBe(true);
    const pending = (await t.inject({ method: 'GET', url: '/recurring/v3/agreements?status=PENDING', headers: h })).json() as { id: string }[];
    expect(pending.map((a) => a.id)).toContain(pendingId);
    const page = (await t.inject({ method: 'GET', url: '/recurring/v3/agreements?status=ACTIVE&pageNumber=1&pageSize=1', headers: h })).json();
    expect(page).toHaveLength(1);
  });

  it('update: price, product and interval change; stop ends it and cancels its waiting charges', async () => {
    const id = await activeAgreement(t);
    const patch = await t.inject({ method: 'PATCH', url: `/recurring/v3/agreements/${id}`, headers: await headers(t), payload: { productName: 'Avis Pluss', pricing: { amount: 39900 }, interval: { type: 'RECURRING', period: { unit: 'WEEK', count: 2 } } } });
    expect(patch.statusCode, patch.body).toBe(204);
    expect(await get(id)).toMatchObject({ productName: 'Avis Pluss', pricing: { amount: 39900 }, interval: { unit: 'WEEK', count: 2, text: 'hver 2. uke' } });
    const charge = await t.inject({ method: 'POST', url: `/recurring/v3/agreements/${id}/charges`, headers: await headers(t), payload: { amount: 1000, transactionType: 'DIRECT_CAPTURE', description: 'Uke 1', due: new Date(t.rt.clock.now() + 3 * 86_400_000).toISOString().slice(0, 10), retryDays: 2 } });
    const stop = await t.inject({ method: 'PATCH', url: `/recurring/v3/agreements/${id}`, headers: await headers(t), payload: { status: 'STOPPED' } });
    expect(stop.statusCode).toBe(204);
    const a = await get(id);
    expect(a.status).toBe('STOPPED');
    expect(a.stop).not.toBeNull();
    const c = await t.inject({ method: 'GET', url: `/recurring/v3/agreements/${id}/charges/${charge.json().chargeId}`, headers: await auth(t) });
    expect(c.json()).toMatchObject({ status: 'CANCELLED', summary: { cancelled: 1000 } });
  });

  it('merchant keys work for their own unit without Merchant-Serial-Number', async () => {
    const { agreementId } = await createAgreement(t, {}, merchantCaller);
    const res = await t.inject({ method: 'GET', url: `/recurring/v3/agreements/${agreementId}`, headers: await auth(t, merchantCaller) });
    expect(res.statusCode).toBe(200);
  });

  it('a pending agreement expires after ten minutes', async () => {
    const { agreementId } = await createAgreement(t);
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 601 } });
    expect((await get(agreementId)).status).toBe('EXPIRED');
  });

  it('the payer rejects: STOPPED; the payer stops an active one in the app: STOPPED', async () => {
    const { agreementId } = await createAgreement(t);
    await t.inject({ method: 'POST', url: `/_sim/recurring/agreements/${agreementId}/reject`, payload: { phoneNumber: PAYER } });
    expect((await get(agreementId)).status).toBe('STOPPED');
    const active = await activeAgreement(t);
    const list = (await t.inject({ method: 'GET', url: `/_sim/recurring/agreements?phoneNumber=${PAYER}` })).json();
    expect(list.agreements.map((a: { id: string }) => a.id)).toContain(active);
    const stop = await t.inject({ method: 'POST', url: `/_sim/recurring/agreements/${active}/stop`, payload: { phoneNumber: PAYER } });
    expect(stop.statusCode).toBe(200);
    expect((await get(active)).status).toBe('STOPPED');
  });
});

describe('Recurring force accept (test environment)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { mode: 'test' } });
  });
  afterAll(() => t.close());

  it('activates the agreement for the given phone number', async () => {
    const { agreementId } = await createAgreement(t, {}, merchantCaller);
    const res = await t.inject({ method: 'PATCH', url: `/recurring/v3/agreements/${agreementId}/accept`, headers: await headers(t, merchantCaller), payload: { phoneNumber: PAYER } });
    expect(res.statusCode, res.body).toBe(204);
    const a = await t.inject({ method: 'GET', url: `/recurring/v3/agreements/${agreementId}`, headers: await auth(t, merchantCaller) });
    expect(a.json().status).toBe('ACTIVE');
  });
});
