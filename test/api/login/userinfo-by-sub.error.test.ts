// Userinfo by sub: a sub nobody shared with the unit, and a share older than 168 hours.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { create, freshAuth, getPayment, merchant, payerDecides } from '../../support/payments.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('Userinfo by sub errors', () => {
  it('answers 404 for a sub that shared nothing with the unit', async () => {
    const res = await t.inject({ method: 'GET', url: '/vipps-userinfo-api/userinfo/5a1c2b3d-0000-4000-a000-000000000000', headers: await merchant(t) });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().detail).toContain('profile.scope');
  });

  it('answers 410 once the share is older than 168 hours on the simulated clock', async () => {
    const { reference } = await create(t, await merchant(t), { profile: { scope: 'name' } });
    await payerDecides(t, DEMO.units.noPartner, reference, 'approve');
    const sub = (await getPayment(t, await merchant(t), reference)).json().profile.sub as string;
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 168 * 3600 + 60 } });
    const res = await t.inject({ method: 'GET', url: `/vipps-userinfo-api/userinfo/${sub}`, headers: await freshAuth(t, DEMO.merchantKeys) });
    expect(res.statusCode).toBe(410);
    expect(res.json().detail).toContain('168 hours');
  });
});
