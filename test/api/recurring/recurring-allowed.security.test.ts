import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { activeAgreement, agreementBody, auth, headers } from '../../support/recurring.js';

describe('Recurring needs recurringAllowed on the unit, and keeps units apart', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('a unit without recurringAllowed gets 403 saying so', async () => {
    const res = await t.inject({ method: 'POST', url: '/recurring/v3/agreements', headers: await headers(t, { keys: DEMO.partnerKeys, msn: DEMO.units.partnerKafe }), payload: agreementBody() });
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toContain('recurringAllowed');
  });

  it("merchant keys do not see the partner unit's agreements: 404", async () => {
    const id = await activeAgreement(t);
    const res = await t.inject({ method: 'GET', url: `/recurring/v3/agreements/${id}`, headers: await auth(t, { keys: DEMO.merchantKeys }) });
    expect(res.statusCode).toBe(404);
  });
});
