// Userinfo by sub from Recurring: an agreement whose initial charge failed shared nothing
// (a failed agreement), and a share older than 168 hours is gone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { accept, auth, createAgreement, merchantCaller } from '../../support/recurring.js';
import { getAgreement, sharedAgreement, userinfoPath } from '../../support/recurring-profile.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const NO_FUNDS = '4748000001'; // Tor Tomkort: every card payment fails (insufficient funds)

describe('Userinfo by sub errors after Recurring profile sharing', () => {
  it('answers 404 for the sub of an agreement that expired because its initial charge failed', async () => {
    const { agreementId } = await createAgreement(t, { scope: 'name email', phoneNumber: NO_FUNDS, initialCharge: { amount: 10000, description: 'Start', transactionType: 'DIRECT_CAPTURE' } }, merchantCaller);
    const answered = await accept(t, agreementId, NO_FUNDS);
    expect(answered.initialChargeStatus).toBe('FAILED');
    const a = await getAgreement(t, agreementId, merchantCaller);
    expect(a.status).toBe('EXPIRED');
    expect(a.sub).toMatch(/^[0-9a-f-]{36}$/);
    const res = await t.inject({ method: 'GET', url: userinfoPath(a.sub!), headers: await auth(t, merchantCaller) });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).not.toContain('Tomkort');
  });

  it('answers 410 once the agreement was accepted more than 168 hours ago on the simulated clock', async () => {
    const { sub } = await sharedAgreement(t, merchantCaller, 'name');
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 168 * 3600 + 60 } });
    const res = await t.inject({ method: 'GET', url: userinfoPath(sub), headers: await auth(t, merchantCaller) });
    expect(res.statusCode).toBe(410);
    expect(res.json().detail).toContain('168 hours');
    expect(res.body).not.toContain('Kari');
  });
});
