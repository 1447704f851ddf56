import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { DEMO } from '../support/demo.js';
import { createAgreement, initialCharge, merchantCaller } from '../support/recurring.js';

describe("the inspector's Recurring view", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it("shows a unit's agreements and charges with status and amounts, filtered by MSN", async () => {
    const { agreementId, chargeId } = await initialCharge(t);
    const other = await createAgreement(t, { productName: 'Havblikk Fiskeklubb' }, merchantCaller);
    const page = await t.inject({ method: 'GET', url: `/inspector/recurring?msn=${DEMO.units.partnerNett}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(agreementId);
    expect(page.body).toContain(chargeId);
    expect(page.body).toContain('CHARGED');
    expect(page.body).toContain('Avis Digital');
    expect(page.body).not.toContain(other.agreementId);
    const all = await t.inject({ method: 'GET', url: '/inspector/recurring' });
    expect(all.body).toContain(other.agreementId);
    expect((await t.inject({ method: 'GET', url: '/inspector' })).body).toContain('href="/inspector/recurring"');
  });
});
