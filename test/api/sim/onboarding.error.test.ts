import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { fullPrefill } from '../../support/management.js';
import { prefill } from '../../support/signup.js';

describe('onboarding through the simulation API: errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('names what is missing and refuses a second decision', async () => {
    expect((await t.inject({ method: 'POST', url: '/_sim/backoffice/cases/no-such-case/approve' })).statusCode).toBe(404);
    const { id } = await prefill(t, fullPrefill({ businessIdentifier: { scheme: 'business:NO:ORG', id: '923456783' } }));
    const notSent = await t.inject({ method: 'POST', url: `/_sim/backoffice/cases/${id}/approve` });
    expect(notSent.statusCode).toBe(404);
    expect(notSent.json().detail).toMatch(/once the merchant has sent it/);
    await t.inject({ method: 'POST', url: `/_sim/product-orders/${id}/submit` });
    expect((await t.inject({ method: 'POST', url: `/_sim/product-orders/${id}/submit` })).statusCode).toBe(409);
    expect((await t.inject({ method: 'POST', url: `/_sim/backoffice/cases/${id}/decline`, payload: {} })).statusCode).toBe(400);
    expect((await t.inject({ method: 'POST', url: `/_sim/backoffice/cases/${id}/approve` })).statusCode).toBe(200);
    expect((await t.inject({ method: 'POST', url: `/_sim/backoffice/cases/${id}/approve` })).statusCode).toBe(409);
  });

  it('refuses to send for a company without a merchant agreement', async () => {
    const { id } = await prefill(t, fullPrefill());
    const res = await t.inject({ method: 'POST', url: `/_sim/product-orders/${id}/submit` });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toMatch(/merchant agreement/);
  });
});
