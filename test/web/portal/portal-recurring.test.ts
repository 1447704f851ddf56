// The merchant portal shows a unit's Recurring agreements and their charges: to the people
// who cover the unit, and to nobody else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { Browser } from '../../support/forms.js';
import { FJELLBAKERIET, grantPortalAccess, HAVBLIKK, PEOPLE, portalAs, textOf } from '../../support/portal-session.js';
import { activeAgreement, createAgreement, createCharge } from '../../support/recurring.js';

const FJELL_UNIT = `/portal/merchants/${FJELLBAKERIET}/keys/212345/recurring`;

describe("The portal's Recurring page of a sales unit", () => {
  let t: TestApp;
  let activeId: string;
  let pendingId: string;
  let chargeId: string;
  beforeAll(async () => {
    t = await startTestApp();
    activeId = await activeAgreement(t, { productName: 'Brød hver uke' });
    chargeId = await createCharge(t, activeId, { amount: 12345 });
    pendingId = (await createAgreement(t, { productName: 'Kaffeabonnement' })).agreementId;
    // Hanne covers only unit 212346 of Fjellbakeriet.
    await grantPortalAccess(t, { orgno: FJELLBAKERIET, nin: PEOPLE.hanne, permissions: ['READ'], units: ['212346'] });
  });
  afterAll(() => t.close());

  it("shows the unit's agreements with status, price and payer, and each agreement's charges", async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const res = await kari.get(FJELL_UNIT);
    expect(res.statusCode).toBe(200);
    const text = textOf(res.body);
    expect(text).toContain('Brød hver uke ACTIVE');
    expect(text).toContain('Kaffeabonnement PENDING');
    expect(res.body).toContain(`data-agreement-id="${activeId}"`);
    expect(res.body).toContain(`data-agreement-id="${pendingId}"`);
    const active = res.body.slice(res.body.indexOf(`data-agreement-id="${activeId}"`));
    expect(textOf(active.slice(0, active.indexOf('</section>')))).toMatch(new RegExp(`${chargeId} \\S+ PENDING 123[,.]45`));
    expect((await kari.get(`/portal/merchants/${FJELLBAKERIET}/keys`)).body).toContain(`href="${FJELL_UNIT}"`);
  });

  it('a unit without agreements says so', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const res = await kari.get(`/portal/merchants/${FJELLBAKERIET}/keys/212346/recurring`);
    expect(res.statusCode).toBe(200);
    expect(textOf(res.body)).toContain('no Recurring agreements yet');
  });

  it("nobody else: another company's person 403, a unit not covered or of another merchant 404, no session to the login", async () => {
    const ingrid = await portalAs(t, PEOPLE.ingrid);
    const foreign = await ingrid.get(FJELL_UNIT);
    expect(foreign.statusCode).toBe(403);
    expect(foreign.body).not.toContain('Brød hver uke');
    const hanne = await portalAs(t, PEOPLE.hanne);
    const uncovered = await hanne.get(FJELL_UNIT);
    expect(uncovered.statusCode).toBe(404);
    expect(uncovered.body).not.toContain('Brød hver uke');
    const kari = await portalAs(t, PEOPLE.kari);
    expect((await kari.get(`/portal/merchants/${FJELLBAKERIET}/keys/312345/recurring`)).statusCode).toBe(404);
    expect((await kari.get(`/portal/merchants/${HAVBLIKK}/keys/312345/recurring`)).statusCode).toBe(403);
    const anonymous = await new Browser(t).get(FJELL_UNIT);
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.body).not.toContain('Brød hver uke');
  });
});
