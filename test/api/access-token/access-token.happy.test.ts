import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';

const tokenRequest = (k: typeof DEMO.partnerKeys, sub = k.subscriptionKey, extra: Record<string, string> = {}) => ({
  method: 'POST' as const,
  url: '/accesstoken/get',
  headers: { client_id: k.clientId, client_secret: k.clientSecret, 'ocp-apim-subscription-key': sub, ...extra },
});

const claimsOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString());
const headerOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[0]!, 'base64url').toString());

describe('POST /accesstoken/get (production mode)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('issues an RS256 token valid for 24 hours, every field a string', async () => {
    const res = await t.inject(tokenRequest(DEMO.partnerKeys));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in', 'expires_on', 'ext_expires_in', 'not_before', 'resource', 'token_type']);
    for (const v of Object.values(body)) expect(typeof v).toBe('string');
    expect(body.token_type).toBe('Bearer');
    expect(body.expires_in).toBe('86400');
    expect(Number(body.expires_on) - Number(body.not_before)).toBe(86400);
    expect(headerOf(body.access_token).alg).toBe('RS256');
    expect(claimsOf(body.access_token).sub).toBe(DEMO.partnerKeys.clientId);
  });

  it('accepts the secondary subscription key as well as the primary', async () => {
    const res = await t.inject(tokenRequest(DEMO.partnerKeys, DEMO.partnerKeys.secondarySubscriptionKey));
    expect(res.statusCode).toBe(200);
  });

  it('also answers at /accessToken/get and with the form content type the SDK sends', async () => {
    const res = await t.inject({ ...tokenRequest(DEMO.merchantKeys), url: '/accessToken/get', headers: { ...tokenRequest(DEMO.merchantKeys).headers, 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.statusCode).toBe(200);
  });

  it('issues tokens to every kind of key set, with the Merchant-Serial-Number and Vipps-System headers', async () => {
    for (const k of [DEMO.partnerKeys, DEMO.managementKeys, DEMO.accountingKeys, DEMO.merchantKeys, DEMO.merchantManagementKeys]) {
      const res = await t.inject(tokenRequest(k, k.subscriptionKey, { 'merchant-serial-number': '212345', 'vipps-system-name': 'acme', 'vipps-system-version': '1.0' }));
      expect(res.statusCode, k.clientId).toBe(200);
    }
  });

  it('gives the same token again within a minute, with its remaining lifetime; a new one after', async () => {
    const k = DEMO.accountingKeys;
    const first = (await t.inject(tokenRequest(k))).json();
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 30 } });
    const again = (await t.inject(tokenRequest(k))).json();
    expect(again.access_token).toBe(first.access_token);
    expect(Number(again.expires_in)).toBeLessThanOrEqual(86400 - 30);
    expect(again.expires_on).toBe(first.expires_on);
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 31 } });
    const later = (await t.inject(tokenRequest(k))).json();
    expect(later.access_token).not.toBe(first.access_token);
    expect(later.expires_in).toBe('86400');
  });

  it('the token works on an API of the platform', async () => {
    const res = await t.inject({ method: 'GET', url: '/management/v1/partners/whoami', headers: await t.auth(DEMO.partnerKeys) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ partnerId: '100001', name: 'Fjordkassa Platform', level: 'Vipps Partner Premium', status: 'ACTIVE' });
  });
});

describe('POST /accesstoken/get (test mode)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { mode: 'test' } });
  });
  afterAll(() => t.close());

  it('issues tokens valid for one hour', async () => {
    const res = await t.inject(tokenRequest(DEMO.merchantKeys));
    expect(res.statusCode).toBe(200);
    expect(res.json().expires_in).toBe('3600');
    const c = claimsOf(res.json().access_token);
    expect(c.exp - c.iat).toBe(3600);
  });
});
