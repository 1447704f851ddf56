import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { readDemoWorld } from '../../../src/world/read-world-file.js';
import { activeAgreement, agreementBody, auth, createAgreement, headers, PAYER } from '../../support/recurring.js';

describe('Recurring agreements: errors say what to fix and change nothing', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The demo's unit 212345 may skip the landing page; here it may not.
    const world = structuredClone(readDemoWorld());
    world.salesUnits!.find((u) => u.msn === '212345')!.configuration!.skipLandingPage = false;
    t = await startTestApp({ world });
  });
  afterAll(() => t.close());

  const post = async (over: Record<string, unknown>, h?: Record<string, string>) =>
    t.inject({ method: 'POST', url: '/recurring/v3/agreements', headers: h ?? (await headers(t)), payload: agreementBody(over) });
  const fields = (res: { json(): { extraDetails?: { field: string }[] } }) => (res.json().extraDetails ?? []).map((d) => d.field);

  it('LEGACY without amount: 400 in Problem JSON naming pricing.amount', async () => {
    const res = await post({ pricing: { currency: 'NOK' } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 400, instance: '/recurring/v3/agreements' });
    expect(res.json().contextId).toBeTruthy();
    expect(fields(res)).toContain('pricing.amount');
  });

  it('VARIABLE with a campaign or without suggestedMaxAmount: 400', async () => {
    const res = await post({ pricing: { type: 'VARIABLE', currency: 'NOK' }, campaign: { type: 'PRICE_CAMPAIGN', price: 100, end: '2027-01-01T00:00:00Z' } });
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(expect.arrayContaining(['pricing.suggestedMaxAmount', 'campaign']));
  });

  it('a campaign missing its fields, or not cheaper than the price: 400', async () => {
    expect(fields(await post({ campaign: { type: 'EVENT_CAMPAIGN', price: 100 } }))).toEqual(expect.arrayContaining(['campaign.eventDate', 'campaign.eventText']));
    expect(fields(await post({ campaign: { type: 'PERIOD_CAMPAIGN', price: 99999, period: { unit: 'WEEK', count: 1 } } }))).toContain('campaign.price');
  });

  it('schema errors: unknown interval unit, count above 31, missing productName, http agreement URL', async () => {
    expect((await post({ interval: { unit: 'HOUR', count: 1 } })).statusCode).toBe(400);
    expect((await post({ interval: { unit: 'DAY', count: 32 } })).statusCode).toBe(400);
    expect((await post({ productName: undefined })).statusCode).toBe(400);
    expect(fields(await post({ merchantAgreementUrl: 'http://shop.example/a' }))).toContain('merchantAgreementUrl');
    expect(fields(await post({ phoneNumber: '12' }))).toContain('phoneNumber');
    expect(fields(await post({ scope: 'name shoeSize' }))).toContain('scope');
  });

  it('skipLandingPage on a unit not allowed to skip it: 403', async () => {
    const res = await post({ skipLandingPage: true });
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toContain('skipLandingPage');
  });

  it('no Idempotency-Key on a modifying call: 400; one reused for another request: 409', async () => {
    const h = await headers(t);
    delete (h as Record<string, string>)['idempotency-key'];
    expect((await post({}, h)).statusCode).toBe(400);
    const key = randomUUID();
    expect((await post({}, await headers(t, undefined, key))).statusCode).toBe(201);
    expect((await post({ productName: 'Other' }, await headers(t, undefined, key))).statusCode).toBe(409);
  });

  it('get an unknown agreement: 404', async () => {
    const res = await t.inject({ method: 'GET', url: '/recurring/v3/agreements/agr_missing', headers: await auth(t) });
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toContain('agr_missing');
  });

  it('stopping while changing other fields: 400; changing a stopped agreement: 409', async () => {
    const id = await activeAgreement(t);
    const both = await t.inject({ method: 'PATCH', url: `/recurring/v3/agreements/${id}`, headers: await headers(t), payload: { status: 'STOPPED', productName: 'X' } });
    expect(both.statusCode).toBe(400);
    await t.inject({ method: 'PATCH', url: `/recurring/v3/agreements/${id}`, headers: await headers(t), payload: { status: 'STOPPED' } });
    const again = await t.inject({ method: 'PATCH', url: `/recurring/v3/agreements/${id}`, headers: await headers(t), payload: { productName: 'Y' } });
    expect(again.statusCode).toBe(409);
  });

  it('suggestedMaxAmount on a LEGACY agreement: 400', async () => {
    const id = await activeAgreement(t);
    const res = await t.inject({ method: 'PATCH', url: `/recurring/v3/agreements/${id}`, headers: await headers(t), payload: { pricing: { suggestedMaxAmount: 5000 } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().extraDetails[0].field).toBe('pricing.suggestedMaxAmount');
  });

  it('force accept in production mode: 404 as if the route did not exist', async () => {
    const { agreementId } = await createAgreement(t);
    const res = await t.inject({ method: 'PATCH', url: `/recurring/v3/agreements/${agreementId}/accept`, headers: await headers(t), payload: { phoneNumber: PAYER } });
    expect(res.statusCode).toBe(404);
  });

  it('a second answer to an agreement: 409; another phone than the one named: 409', async () => {
    const { agreementId } = await createAgreement(t);
    expect((await t.inject({ method: 'POST', url: `/_sim/recurring/agreements/${agreementId}/accept`, payload: { phoneNumber: '4792345678' } })).statusCode).toBe(409);
    expect((await t.inject({ method: 'POST', url: `/_sim/recurring/agreements/${agreementId}/accept`, payload: { phoneNumber: PAYER } })).statusCode).toBe(200);
    expect((await t.inject({ method: 'POST', url: `/_sim/recurring/agreements/${agreementId}/reject`, payload: { phoneNumber: PAYER } })).statusCode).toBe(409);
  });
});
