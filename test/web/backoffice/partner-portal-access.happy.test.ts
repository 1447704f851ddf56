// The back office's partner page shows the partner's own portal access: the Vipps Logg inn
// order it placed for its own company (none, with the back office, approved) and who can log
// in to the portal for that company.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { becomePartner, orderPortalAccess, ownLoginOrdersOf, TINDESPORT } from '../../support/partner-journey.js';
import { ANDERS_PHONE, fields, PEOPLE, portalAs, textOf } from '../../support/portal-session.js';
import { caseOf, decide } from '../../support/signup.js';

const stateOn = (html: string) => /data-portal-access="([A-Z_]+)"/.exec(html)?.[1];
/** The text of the page's portal access section. */
const section = (html: string) => textOf(/<section data-portal-access[\s\S]*?<\/section>/.exec(html)?.[0] ?? '');

describe("the back office's partner page: the partner's own portal access", () => {
  let t: TestApp;
  let partner: Awaited<ReturnType<typeof becomePartner>>;
  const page = async () => {
    const res = await partner.op.get(`/backoffice/partners/${partner.partnerId}`);
    expect(res.statusCode).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    t = await startTestApp();
    partner = await becomePartner(t, TINDESPORT);
  });
  afterAll(() => t.close());

  it('says the partner has not ordered it, and who can log in for its company', async () => {
    const html = await page();
    expect(stateOn(html)).toBe('NOT_ORDERED');
    const text = section(html);
    expect(text).toContain('Not ordered');
    expect(text).toContain("reach the partner's own test sales units only once the order is approved");
    expect(text).toMatch(/Marit \S+ \(CEO in the registry\)/);
  });

  it('shows the order waiting for the back office, with its case', async () => {
    expect((await orderPortalAccess(t, TINDESPORT)).statusCode).toBe(303);
    const [order] = await ownLoginOrdersOf(t, TINDESPORT.orgno);
    const html = await page();
    expect(stateOn(html)).toBe('ORDERED');
    expect(section(html)).toMatch(new RegExp(`Ordered, waiting for the back office\\. Order ${order!.id} \\(SUBMITTED, its case ?\\)`));
    expect(html).toContain(`href="/backoffice/cases/${await caseOf(t, order!.id)}"`);
  });

  it('once approved: the Login sales unit, and the people who manage the partner\'s units, a portal user the CEO added among them', async () => {
    const [order] = await ownLoginOrdersOf(t, TINDESPORT.orgno);
    expect((await decide(partner.op, await caseOf(t, order!.id), 'approve')).statusCode).toBe(303);
    const marit = await portalAs(t, PEOPLE.marit);
    expect((await marit.post(`/portal/merchants/${TINDESPORT.orgno}/users`, fields({ _csrf: marit.csrf, phone: ANDERS_PHONE, permissions: ['READ', 'DEVELOPER'], scope: 'all' }))).statusCode).toBe(303);
    const [approved] = await ownLoginOrdersOf(t, TINDESPORT.orgno);
    const html = await page();
    expect(stateOn(html)).toBe('APPROVED');
    const text = section(html);
    expect(text).toMatch(new RegExp(`Approved\\. Order ${approved!.id} \\(APPROVED, its case ?\\), Login sales unit ${approved!.msn} ?\\.`));
    expect(text).toContain("These people manage the partner's own test sales units and keys in the portal:");
    expect(text).toMatch(/Anders \S+ \(Portal user: Read, Developer\)/);
  });

  it('says a partner from the world file has no company of its own here', async () => {
    const fjordkassa = await t.rt.store.db.selectFrom('partners').select('id').where('name', '=', DEMO.partners.premium).executeTakeFirstOrThrow();
    const html = (await partner.op.get(`/backoffice/partners/${fjordkassa.id}`)).body;
    expect(stateOn(html)).toBe('NONE');
    expect(section(html)).toContain('comes from the world file');
  });
});
