// Every API request is authenticated from the token, the subscription key and the
// Merchant-Serial-Number header (here through GET /management/v1/partners/whoami).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { DEMO } from '../support/demo.js';
import { regenerateKeySet } from '../../src/operations/regenerate-key-set.js';
import { findKeySetByClientId } from '../../src/store/key-sets-repo.js';

const WHOAMI = '/management/v1/partners/whoami';

describe('authenticating API requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('accepts the token with either subscription key of its key set', async () => {
    const token = await t.token(DEMO.partnerKeys);
    for (const sub of [DEMO.partnerKeys.subscriptionKey, DEMO.partnerKeys.secondarySubscriptionKey]) {
      const res = await t.inject({ method: 'GET', url: WHOAMI, headers: { authorization: `Bearer ${token}`, 'ocp-apim-subscription-key': sub } });
      expect(res.statusCode).toBe(200);
    }
  });

  it('401 Problem JSON without a subscription key', async () => {
    const res = await t.inject({ method: 'GET', url: WHOAMI, headers: { authorization: `Bearer ${await t.token(DEMO.partnerKeys)}` } });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 401, detail: expect.stringMatching(/missing subscription key/), traceId: res.headers['x-request-id'] });
  });

  it("401 with a subscription key of another key set than the token's", async () => {
    const res = await t.inject({ method: 'GET', url: WHOAMI, headers: { authorization: `Bearer ${await t.token(DEMO.partnerKeys)}`, 'ocp-apim-subscription-key': DEMO.otherPartnerKeys.subscriptionKey } });
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toMatch(/same key set the access token was issued to/);
  });

  it('401 without a token, with a lowercase "bearer", or with a forged token', async () => {
    const sub = { 'ocp-apim-subscription-key': DEMO.partnerKeys.subscriptionKey };
    const none = await t.inject({ method: 'GET', url: WHOAMI, headers: sub });
    expect(none.json().detail).toMatch(/Missing access token/);
    const token = await t.token(DEMO.partnerKeys);
    const lower = await t.inject({ method: 'GET', url: WHOAMI, headers: { ...sub, authorization: `bearer ${token}` } });
    expect(lower.statusCode).toBe(401);
    const [h, p] = token.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString());
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...claims, ksid: 'other' })).toString('base64url')}.${token.split('.')[2]}`;
    const res = await t.inject({ method: 'GET', url: WHOAMI, headers: { ...sub, authorization: `Bearer ${forged}` } });
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toMatch(/not valid/);
  });

  it('400 when Merchant-Serial-Number is not an MSN, naming the header', async () => {
    const res = await t.inject({ method: 'GET', url: WHOAMI, headers: await t.auth(DEMO.partnerKeys, 'abc') });
    expect(res.statusCode).toBe(400);
    expect(res.json().extraDetails).toEqual([{ key: 'Merchant-Serial-Number', value: 'must be 5 or 6 digits' }]); // the Management API's ExtraDetails shape
  });

  it('400 naming a Vipps-System header longer than 30 characters', async () => {
    const res = await t.inject({ method: 'GET', url: WHOAMI, headers: { ...(await t.auth(DEMO.partnerKeys)), 'vipps-system-plugin-name': 'x'.repeat(31) } });
    expect(res.statusCode).toBe(400);
    expect(res.json().extraDetails).toEqual([{ key: 'Vipps-System-Plugin-Name', value: 'must be at most 30 characters' }]);
  });

  it('403 for keys that are not a partner\'s, saying which keys to use', async () => {
    const res = await t.inject({ method: 'GET', url: WHOAMI, headers: await t.auth(DEMO.merchantKeys) });
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toMatch(/not a partner's keys/);
  });
});

describe('token lifetime on the simulated clock', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('a production token works until 24 hours have passed, then is refused', async () => {
    const headers = await t.auth(DEMO.partnerKeys);
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 86400 - 60 } });
    expect((await t.inject({ method: 'GET', url: WHOAMI, headers })).statusCode).toBe(200);
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 61 } });
    const res = await t.inject({ method: 'GET', url: WHOAMI, headers });
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toMatch(/expired/);
  });
});

describe('regenerating a key set', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('stops the old token, secret and subscription keys at once; the new ones work', async () => {
    const old = await t.auth(DEMO.otherPartnerKeys);
    expect((await t.inject({ method: 'GET', url: WHOAMI, headers: old })).statusCode).toBe(200);
    const row = (await findKeySetByClientId(t.rt.store.db, DEMO.otherPartnerKeys.clientId))!;
    const fresh = await regenerateKeySet({ db: t.rt.store.db, box: t.rt.box, keySetId: row.id, now: t.rt.clock.now() });

    const before = await t.inject({ method: 'GET', url: WHOAMI, headers: old });
    expect(before.statusCode).toBe(401);
    expect(before.json().detail).toMatch(/regenerated/);
    const oldSecret = await t.inject({
      method: 'POST',
      url: '/accesstoken/get',
      headers: { client_id: fresh.clientId, client_secret: DEMO.otherPartnerKeys.clientSecret, 'ocp-apim-subscription-key': fresh.subscriptionKey },
    });
    expect(oldSecret.statusCode).toBe(401);
    const token = await t.inject({
      method: 'POST',
      url: '/accesstoken/get',
      headers: { client_id: fresh.clientId, client_secret: fresh.clientSecret, 'ocp-apim-subscription-key': fresh.secondarySubscriptionKey },
    });
    expect(token.statusCode).toBe(200);
    const res = await t.inject({ method: 'GET', url: WHOAMI, headers: { authorization: `Bearer ${token.json().access_token}`, 'ocp-apim-subscription-key': fresh.subscriptionKey } });
    expect(res.statusCode).toBe(200);
  });
});

describe('test mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { mode: 'test' } });
  });
  afterAll(() => t.close());

  it('does not offer the Management API', async () => {
    const res = await t.inject({ method: 'GET', url: WHOAMI, headers: await t.auth(DEMO.merchantKeys) });
    expect(res.statusCode).toBe(404);
  });
});
