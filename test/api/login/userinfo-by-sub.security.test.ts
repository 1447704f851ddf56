// Userinfo by sub: only the unit the user shared with may read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { as, create, getPayment, merchant, partner, payerDecides } from '../../support/payments.js';

let t: TestApp;
let sub: string;
beforeAll(async () => {
  t = await startTestApp();
  const { reference } = await create(t, await merchant(t), { profile: { scope: 'name nin' } });
  await payerDecides(t, DEMO.units.noPartner, reference, 'approve');
  sub = (await getPayment(t, await merchant(t), reference)).json().profile.sub as string;
});
afterAll(() => t.close());

const url = () => `/vipps-userinfo-api/userinfo/${sub}`;

describe('Userinfo by sub security', () => {
  it('does not tell another unit (through partner keys) what the user shared with Havblikk', async () => {
    const res = await t.inject({ method: 'GET', url: url(), headers: await partner(t) });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('Kari');
  });

  it('refuses a partner naming a unit that is not theirs, keys without access token, and management keys', async () => {
    const other = await t.inject({ method: 'GET', url: url(), headers: await partner(t, DEMO.units.noPartner) });
    expect(other.statusCode).toBe(403); // as every API answers an MSN not connected to the keys
    const noToken = await t.inject({ method: 'GET', url: url(), headers: { 'ocp-apim-subscription-key': DEMO.merchantKeys.subscriptionKey } });
    expect(noToken.statusCode).toBe(401);
    const mgmt = await t.inject({ method: 'GET', url: url(), headers: await as(t, DEMO.managementKeys) });
    expect(mgmt.statusCode).toBe(403);
  });

  it('does not accept a Login access token in place of the API access token', async () => {
    const res = await t.inject({ method: 'GET', url: url(), headers: { authorization: 'Bearer some-login-access-token', 'ocp-apim-subscription-key': DEMO.merchantKeys.subscriptionKey } });
    expect(res.statusCode).toBe(401);
  });
});
