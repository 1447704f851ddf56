// Ordering the partner's own portal access at the wrong moment: before the partner is
// approved, twice, and again after a declined order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { apply, application, becomePartner, orderPortalAccess, ownLoginOrdersOf, SOLSIDEN, TINDESPORT } from '../../support/partner-journey.js';
import { backofficeAs, PEOPLE, portalAs, textOf } from '../../support/portal-session.js';
import { caseOf, decide } from '../../support/signup.js';

describe("ordering the partner's own portal access: errors", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('before the application is approved there is no partner to order for: 404, nothing ordered', async () => {
    expect((await apply(t, application(SOLSIDEN.orgno))).statusCode).toBe(201);
    const res = await orderPortalAccess(t, SOLSIDEN);
    expect(res.statusCode).toBe(404);
    expect(textOf(res.body)).toContain(`You have no partner company ${SOLSIDEN.orgno} in the portal.`);
    expect(await ownLoginOrdersOf(t, SOLSIDEN.orgno)).toEqual([]);
  });

  it('ordering twice: 409 while the first order is with the back office, and after it is approved', async () => {
    const { op } = await becomePartner(t, TINDESPORT);
    expect((await orderPortalAccess(t, TINDESPORT)).statusCode).toBe(303);
    const again = await orderPortalAccess(t, TINDESPORT);
    expect(again.statusCode).toBe(409);
    expect(textOf(again.body)).toContain('Tindesport AS has ordered Vipps Logg inn already; the order is with the back office.');
    const [order, ...more] = await ownLoginOrdersOf(t, TINDESPORT.orgno);
    expect(more).toEqual([]);

    expect((await decide(op, await caseOf(t, order!.id), 'approve')).statusCode).toBe(303);
    const afterApproval = await orderPortalAccess(t, TINDESPORT);
    expect(afterApproval.statusCode).toBe(409);
    expect(textOf(afterApproval.body)).toContain('Tindesport AS has portal access already');
    expect(await ownLoginOrdersOf(t, TINDESPORT.orgno)).toHaveLength(1);
  });

  it('two orders at the same moment: one is taken, the other is a 409', async () => {
    const byhagen = { orgno: '987654325', ceo: '24838410096' };
    await becomePartner(t, byhagen);
    const answers = await Promise.all([orderPortalAccess(t, byhagen), orderPortalAccess(t, byhagen)]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([303, 409]);
    expect(await ownLoginOrdersOf(t, byhagen.orgno)).toHaveLength(1);
  });

  it('a declined order stops; the step says so, the units stay out of reach, and the partner may order again', async () => {
    const app = await t.rt.store.db.selectFrom('partner_applications').select('id').where('orgno', '=', SOLSIDEN.orgno).executeTakeFirstOrThrow();
    const op = await backofficeAs(t);
    expect((await op.post(`/backoffice/partner-applications/${app.id}/approve`, { _csrf: op.csrf, level: 'Partner' })).statusCode).toBe(303);
    expect((await orderPortalAccess(t, SOLSIDEN)).statusCode).toBe(303);
    const [order] = await ownLoginOrdersOf(t, SOLSIDEN.orgno);
    expect((await decide(op, await caseOf(t, order!.id), 'decline', { reason: 'Test of a declined order' })).statusCode).toBe(303);

    const ceo = await portalAs(t, SOLSIDEN.ceo);
    const page = await ceo.get(`/portal/partner/${SOLSIDEN.orgno}`);
    expect(/data-portal-access="([A-Z_]+)"/.exec(page.body)?.[1]).toBe('STOPPED');
    const unit = await t.rt.store.db.selectFrom('sales_units as s').innerJoin('merchants as m', 'm.id', 's.merchant_id').select('s.msn').where('m.orgno', '=', SOLSIDEN.orgno).executeTakeFirstOrThrow();
    expect(textOf((await ceo.get(`/portal/merchants/${SOLSIDEN.orgno}/keys`)).body)).not.toContain(unit.msn);
    expect((await ceo.post(`/portal/merchants/${SOLSIDEN.orgno}/keys/${unit.msn}/reveal`, { _csrf: ceo.csrf })).statusCode).toBe(404);

    expect((await orderPortalAccess(t, SOLSIDEN)).statusCode).toBe(303);
    expect((await ownLoginOrdersOf(t, SOLSIDEN.orgno)).map((o) => o.status)).toEqual(['SUBMITTED', 'STOPPED']);
  });

  it('refuses a post without the form token, ordering nothing', async () => {
    const marit = await portalAs(t, PEOPLE.marit);
    const before = (await ownLoginOrdersOf(t, TINDESPORT.orgno)).length;
    const res = await marit.post(`/portal/partner/${TINDESPORT.orgno}/portal-access`, { _csrf: 'wrong' });
    expect(res.statusCode).toBe(403);
    expect(await ownLoginOrdersOf(t, TINDESPORT.orgno)).toHaveLength(before);
  });
});
