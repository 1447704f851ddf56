// The partner's own portal access (issue #22, the overview's "How to get access to
// portal.vipps.no"): the partner orders Vipps Logg inn for itself on its partner page, the
// back office approves it as any order, and the partner's people then manage the partner's
// own test sales units and keys in the portal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { becomePartner, orderPortalAccess, ownLoginOrdersOf, TINDESPORT } from '../../support/partner-journey.js';
import { ANDERS_PHONE, fields, PEOPLE, portalAs, textOf } from '../../support/portal-session.js';
import { caseOf, decide, emails } from '../../support/signup.js';

const PAGE = `/portal/partner/${TINDESPORT.orgno}`;
const KEYS = `/portal/merchants/${TINDESPORT.orgno}/keys`;
const stateOn = (html: string) => /data-portal-access="([A-Z_]+)"/.exec(html)?.[1];

describe("the partner's own portal access", () => {
  let t: TestApp;
  let msn: string;
  let op: Awaited<ReturnType<typeof becomePartner>>['op'];
  beforeAll(async () => {
    t = await startTestApp();
    ({ msn, op } = await becomePartner(t, TINDESPORT));
  });
  afterAll(() => t.close());

  it('before the order the step offers it, and the test sales unit is not in the portal yet', async () => {
    const marit = await portalAs(t, PEOPLE.marit);
    const page = await marit.get(PAGE);
    expect(page.statusCode).toBe(200);
    expect(stateOn(page.body)).toBe('NOT_ORDERED');
    expect(textOf(page.body)).toContain('Order Vipps Logg inn');
    const keys = await marit.get(KEYS);
    expect(keys.statusCode).toBe(200);
    expect(textOf(keys.body)).not.toContain(msn);
    expect((await marit.post(`${KEYS}/${msn}/reveal`, { _csrf: marit.csrf })).statusCode).toBe(404);
  });

  it('the CEO orders it: an ordinary Login order in the back-office queue, shown as ordered', async () => {
    const res = await orderPortalAccess(t, TINDESPORT);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${PAGE}?done=ordered`);
    const [order, ...more] = await ownLoginOrdersOf(t, TINDESPORT.orgno);
    expect(more).toEqual([]);
    expect(order).toMatchObject({ status: 'SUBMITTED', msn: null });
    const marit = await portalAs(t, PEOPLE.marit);
    const page = await marit.get(`${PAGE}?done=ordered`);
    expect(stateOn(page.body)).toBe('ORDERED');
    expect(textOf(page.body)).toContain('Vipps Logg inn ordered.');
    const queue = textOf((await op.get('/backoffice')).body);
    expect(queue).toContain('Tindesport AS');
    const casePage = textOf((await op.get(`/backoffice/cases/${await caseOf(t, order!.id)}`)).body);
    expect(casePage).toContain('Vipps Logg inn');
  });

  it('approved in the back office: a Login sales unit, the contact emailed, the step approved', async () => {
    const [order] = await ownLoginOrdersOf(t, TINDESPORT.orgno);
    expect((await decide(op, await caseOf(t, order!.id), 'approve')).statusCode).toBe(303);
    const [approved] = await ownLoginOrdersOf(t, TINDESPORT.orgno);
    expect(approved).toMatchObject({ id: order!.id, status: 'APPROVED' });
    expect(approved!.msn).toMatch(/^\d{6}$/);
    const mail = await emails(t, `partner-${TINDESPORT.orgno}@example.test`);
    expect(mail.map((m) => m.subject)).toContain(`Vipps Logg inn approved for Tindesport AS: MSN ${approved!.msn}`);
    const marit = await portalAs(t, PEOPLE.marit);
    const page = await marit.get(PAGE);
    expect(stateOn(page.body)).toBe('APPROVED');
    expect(textOf(page.body)).toContain(`Login sales unit ${approved!.msn}`);
  });

  it("then the partner's people see and manage the partner's own test sales units and keys", async () => {
    const marit = await portalAs(t, PEOPLE.marit);
    const keys = textOf((await marit.get(KEYS)).body);
    expect(keys).toContain(msn);
    expect(keys).toContain('Tindesport AS Logg inn');
    const shown = await marit.post(`${KEYS}/${msn}/reveal`, { _csrf: marit.csrf });
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toMatch(/client_id/);

    // A person the CEO gives portal access (a developer) sees them too.
    const added = await marit.post(`/portal/merchants/${TINDESPORT.orgno}/users`, fields({ _csrf: marit.csrf, phone: ANDERS_PHONE, permissions: ['READ', 'DEVELOPER'], scope: 'all' }));
    expect(added.statusCode).toBe(303);
    const anders = await portalAs(t, PEOPLE.anders);
    expect(textOf((await anders.get(KEYS)).body)).toContain(msn);
    expect((await anders.post(`${KEYS}/${msn}/reveal`, { _csrf: anders.csrf })).statusCode).toBe(200);
  });
});
