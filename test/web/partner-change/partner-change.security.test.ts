// Only the merchant's admins ask for or withdraw a partner change, only for units they
// cover; only operators reconfigure; every form needs its anti-forgery token and a live
// session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { Browser } from '../../support/forms.js';
import { backofficeAs, FJELLBAKERIET, grantPortalAccess, HAVBLIKK, PEOPLE, portalAs, textOf } from '../../support/portal-session.js';

const PORTAL = `/portal/merchants/${FJELLBAKERIET}/partner-change`;
const BOLGE = '100002';

describe('partner changes: who may', () => {
  let t: TestApp;
  let caseUrl = '';
  let withdrawUrl = '';
  beforeAll(async () => {
    t = await startTestApp();
    await grantPortalAccess(t, { orgno: FJELLBAKERIET, nin: PEOPLE.anders, permissions: ['READ', 'DEVELOPER'], units: 'all' });
    await grantPortalAccess(t, { orgno: FJELLBAKERIET, nin: PEOPLE.hanne, permissions: ['ADMIN'], units: ['212346'] });
    const kari = await portalAs(t, PEOPLE.kari);
    await kari.post(PORTAL, { _csrf: kari.csrf, msn: '212345', partner: BOLGE, understood: 'yes' });
    const c = await t.rt.store.db.selectFrom('partner_changes').select('id').executeTakeFirstOrThrow();
    caseUrl = `/backoffice/partner-changes/${c.id}`;
    withdrawUrl = `${PORTAL}/${c.id}/withdraw`;
  });
  afterAll(() => t.close());

  const state = async () => (await t.rt.store.db.selectFrom('partner_changes').select(['status']).execute()).map((c) => c.status);
  const partnerOf = async (msn: string) => (await t.rt.store.db.selectFrom('sales_units').select('partner_id').where('msn', '=', msn).executeTakeFirstOrThrow()).partner_id;

  it("another company's admin can neither ask for nor withdraw a move of this merchant's unit", async () => {
    const ingrid = await portalAs(t, PEOPLE.ingrid);
    expect((await ingrid.get(PORTAL)).statusCode).toBe(403);
    expect((await ingrid.post(PORTAL, { _csrf: ingrid.csrf, msn: '212346', partner: BOLGE, understood: 'yes' })).statusCode).toBe(403);
    expect((await ingrid.post(withdrawUrl, { _csrf: ingrid.csrf })).statusCode).toBe(403);
    // Through its own company's path, the unit and the request read as none.
    const own = `/portal/merchants/${HAVBLIKK}/partner-change`;
    expect((await ingrid.post(own, { _csrf: ingrid.csrf, msn: '212346', partner: BOLGE, understood: 'yes' })).statusCode).toBe(404);
    expect((await ingrid.post(withdrawUrl.replace(FJELLBAKERIET, HAVBLIKK), { _csrf: ingrid.csrf })).statusCode).toBe(404);
    expect(await state()).toEqual(['REQUESTED']);
  });

  it('a Read or Developer user may not ask; an admin only for the units covered', async () => {
    const anders = await portalAs(t, PEOPLE.anders);
    const page = await anders.get(PORTAL);
    expect(page.statusCode).toBe(403);
    expect(textOf(page.body)).toContain('Only an admin of the company may do this');
    expect((await anders.post(PORTAL, { _csrf: anders.csrf, msn: '212346', partner: BOLGE, understood: 'yes' })).statusCode).toBe(403);
    expect((await anders.post(withdrawUrl, { _csrf: anders.csrf })).statusCode).toBe(403);

    const hanne = await portalAs(t, PEOPLE.hanne);
    const own = textOf((await hanne.get(PORTAL)).body);
    expect(own).toContain('Fjellbakeriet Kafe 212346');
    expect(own).not.toContain('212345');
    const notCovered = await hanne.post(PORTAL, { _csrf: hanne.csrf, msn: '212345', partner: '100003', understood: 'yes' });
    expect(notCovered.statusCode).toBe(404);
    expect(textOf(notCovered.body)).toContain('Sales unit 212345 is not among the sales units of Fjellbakeriet AS that you have access to.');
    expect((await hanne.post(withdrawUrl, { _csrf: hanne.csrf })).statusCode).toBe(404);
    expect(await state()).toEqual(['REQUESTED']);
  });

  it('portal forms without the anti-forgery token, or after the session expired, change nothing', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const forged = await kari.post(PORTAL, { _csrf: 'forged', msn: '212346', partner: BOLGE, understood: 'yes' });
    expect(forged.statusCode).toBe(403);
    expect(textOf(forged.body)).toContain('anti-forgery token');
    expect((await kari.post(withdrawUrl, {})).statusCode).toBe(403);
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 31 * 60 } });
    const late = await kari.post(withdrawUrl, { _csrf: kari.csrf });
    expect(late.statusCode).toBe(303);
    expect(late.headers.location).toMatch(/^\/portal\/login\?next=/);
    expect(await state()).toEqual(['REQUESTED']);
  });

  it('the back office is for operators: a portal session or none gets the operator log-in', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    for (const b of [kari, new Browser(t)]) {
      const list = await b.get('/backoffice/partner-changes');
      expect(list.statusCode).toBe(303);
      expect(list.headers.location).toBe('/backoffice/login?next=%2Fbackoffice%2Fpartner-changes');
      expect((await b.post(`${caseUrl}/order`, { _csrf: kari.csrf, reference: 'x' })).statusCode).toBe(303);
    }
    expect(await state()).toEqual(['REQUESTED']);
  });

  it('back-office forms without the anti-forgery token, or after the session expired, change nothing', async () => {
    const op = await backofficeAs(t);
    expect((await op.post(`${caseUrl}/order`, { reference: 'Email' })).statusCode).toBe(403);
    expect((await op.post(`${caseUrl}/decline`, { _csrf: 'forged', reason: 'No' })).statusCode).toBe(403);
    expect(await state()).toEqual(['REQUESTED']);
    expect((await op.post(`${caseUrl}/order`, { _csrf: op.csrf, reference: 'Email' })).statusCode).toBe(303);
    expect((await op.post(`${caseUrl}/complete`, {})).statusCode).toBe(403);
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 31 * 60 } });
    const late = await op.post(`${caseUrl}/complete`, { _csrf: op.csrf });
    expect(late.statusCode).toBe(303);
    expect(late.headers.location).toMatch(/^\/backoffice\/login\?next=/);
    expect(await state()).toEqual(['ORDER_RECEIVED']);
    expect(await partnerOf('212345')).toBe('100001');
  });
});
