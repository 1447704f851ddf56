import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { inNamespace, NETT } from '../../support/namespaces.js';

describe('namespaces through the simulation API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('makes a namespace of the loaded world with its own base URL, keys and units', async () => {
    const res = await t.inject({ method: 'POST', url: '/_sim/namespaces', payload: { name: 'job-1' } });
    expect(res.statusCode, res.body).toBe(201);
    const made = res.json();
    expect(made).toMatchObject({ name: 'job-1', baseUrl: 'http://vpp.test/ns/job-1', source: 'loaded' });
    expect(made.salesUnits.map((u: { msn: string }) => u.msn)).toContain(NETT);
    // The demo world's keys are published, so they are given back.
    expect(made.keySets).toContainEqual(expect.objectContaining({ clientId: DEMO.partnerKeys.clientId, clientSecret: DEMO.partnerKeys.clientSecret }));
    const list = (await t.inject({ method: 'GET', url: '/_sim/namespaces' })).json();
    expect(list.namespaces.map((n: { name: string }) => n.name)).toContain('job-1');
    expect(list.limit).toBe(50);
  });

  it('keeps payments, clock and request log apart from the main world and other namespaces', async () => {
    for (const name of ['iso-a', 'iso-b']) expect((await t.inject({ method: 'POST', url: '/_sim/namespaces', payload: { name } })).statusCode).toBe(201);
    const a = inNamespace(t, 'iso-a');
    const b = inNamespace(t, 'iso-b');
    const paid = await a.createPayment();
    expect(paid.redirectUrl.startsWith('http://vpp.test/ns/iso-a/')).toBe(true);
    expect((await a.getPayment(paid.reference)).statusCode).toBe(200);
    // Not in the other namespace, not in the main world.
    expect((await b.getPayment(paid.reference)).statusCode).toBe(404);
    const main = await t.inject({ method: 'GET', url: `/epayment/v1/payments/${paid.reference}`, headers: await t.auth(DEMO.partnerKeys, NETT) });
    expect(main.statusCode).toBe(404);
    // The payer approves through the namespace's simulation API.
    const approved = await a.inject('POST', `/_sim/payments/${NETT}/${paid.reference}/approve`, { phoneNumber: '4791234567' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect((await a.getPayment(paid.reference)).json().state).toBe('AUTHORIZED');

    // Each has its own clock.
    await a.inject('POST', '/_sim/clock', { advanceSeconds: 5 * 86400 });
    const clockOf = async (prefix: string) => Date.parse((await t.inject({ method: 'GET', url: `${prefix}/_sim/clock` })).json().now);
    expect((await clockOf('/ns/iso-a')) - (await clockOf('/ns/iso-b'))).toBeGreaterThan(4 * 86400_000);
    expect(Math.abs((await clockOf('')) - Date.now())).toBeLessThan(86400_000);

    // And its own request log.
    await t.rt.requestLog.flush();
    const created = async (prefix: string) =>
      (await t.inject({ method: 'GET', url: `${prefix}/_sim/requests?limit=500` })).json().requests.filter((r: { method: string; path: string }) => r.method === 'POST' && r.path === '/epayment/v1/payments').length;
    expect(await created('/ns/iso-a')).toBe(1);
    expect(await created('/ns/iso-b')).toBe(0);
    expect(await created('')).toBe(0);
  });

  it('resets a namespace to the world it was made from, leaving others as they are', async () => {
    for (const name of ['reset-a', 'reset-b']) await t.inject({ method: 'POST', url: '/_sim/namespaces', payload: { name } });
    const a = inNamespace(t, 'reset-a');
    const b = inNamespace(t, 'reset-b');
    const inA = await a.createPayment();
    const inB = await b.createPayment();
    expect((await a.inject('POST', '/_sim/reset')).statusCode).toBe(200);
    expect((await a.getPayment(inA.reference)).statusCode).toBe(404);
    expect((await b.getPayment(inB.reference)).statusCode).toBe(200);
    // The namespace works on after its reset.
    expect((await a.createPayment()).reference).toBeTruthy();
  });

  it('makes a namespace from a world sent in the request', async () => {
    const world = {
      partners: [{ name: 'Own Partner AS', partnerId: '200001', level: 'Partner Premium', type: 'platform', contact: { name: 'Ola Own', email: 'ola@own.example' } }],
    };
    const res = await t.inject({ method: 'POST', url: '/_sim/namespaces', payload: { name: 'own-world', world } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().source).toBe('world');
    expect(res.json().salesUnits).toEqual([]);
    // The demo's keys do not exist there.
    const k = DEMO.partnerKeys;
    const token = await t.inject({ method: 'POST', url: '/ns/own-world/accesstoken/get', headers: { client_id: k.clientId, client_secret: k.clientSecret, 'ocp-apim-subscription-key': k.subscriptionKey } });
    expect(token.statusCode).toBe(401);
  });

  it('throws a namespace away with DELETE; its URLs answer 404 after', async () => {
    await t.inject({ method: 'POST', url: '/_sim/namespaces', payload: { name: 'gone' } });
    const g = inNamespace(t, 'gone');
    await g.createPayment();
    expect((await t.inject({ method: 'DELETE', url: '/_sim/namespaces/gone' })).statusCode).toBe(204);
    const after = await g.inject('GET', '/_sim/clock');
    expect(after.statusCode).toBe(404);
    expect(after.json().detail).toContain('no namespace "gone"');
    expect((await t.inject({ method: 'GET', url: '/_sim/namespaces' })).json().namespaces.map((n: { name: string }) => n.name)).not.toContain('gone');
    // The name can be used again, for a fresh world.
    expect((await t.inject({ method: 'POST', url: '/_sim/namespaces', payload: { name: 'gone' } })).statusCode).toBe(201);
  });
});
