// Who may order the partner's own portal access, and whose units it opens: only an admin of
// the partner's company orders; another partner's people order nothing for it and reach
// none of its units; one partner's approval opens no other partner's units.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { becomePartner, orderPortalAccess, ownLoginOrdersOf, SOLSIDEN, TINDESPORT } from '../../support/partner-journey.js';
import { grantPortalAccess, PEOPLE, portalAs, textOf } from '../../support/portal-session.js';
import { caseOf, decide } from '../../support/signup.js';

const TINDESPORT_KEYS = `/portal/merchants/${TINDESPORT.orgno}/keys`;

describe("the partner's own portal access: who may", () => {
  let t: TestApp;
  let tindesportMsn: string;
  let solsidenMsn: string;
  beforeAll(async () => {
    t = await startTestApp();
    const tindesport = await becomePartner(t, TINDESPORT);
    tindesportMsn = tindesport.msn;
    solsidenMsn = (await becomePartner(t, SOLSIDEN, 'Partner')).msn;
    expect((await orderPortalAccess(t, TINDESPORT)).statusCode).toBe(303);
    const [order] = await ownLoginOrdersOf(t, TINDESPORT.orgno);
    expect((await decide(tindesport.op, await caseOf(t, order!.id), 'approve')).statusCode).toBe(303);
  });
  afterAll(() => t.close());

  it("another partner's people cannot order it for the partner: 404, as for a company they have nothing to do with", async () => {
    const solsiden = await portalAs(t, SOLSIDEN.ceo);
    const res = await solsiden.post(`/portal/partner/${TINDESPORT.orgno}/portal-access`, { _csrf: solsiden.csrf });
    expect(res.statusCode).toBe(404);
    expect(await ownLoginOrdersOf(t, TINDESPORT.orgno)).toHaveLength(1);
  });

  it("another partner's people reach none of the partner's units or keys", async () => {
    const solsiden = await portalAs(t, SOLSIDEN.ceo);
    expect((await solsiden.get(TINDESPORT_KEYS)).statusCode).toBe(403);
    expect((await solsiden.post(`${TINDESPORT_KEYS}/${tindesportMsn}/reveal`, { _csrf: solsiden.csrf })).statusCode).toBe(403);
    expect((await solsiden.get(`/portal/partner/${TINDESPORT.orgno}`)).statusCode).toBe(404);
  });

  it("one partner's approved access opens no other partner's own units", async () => {
    const solsiden = await portalAs(t, SOLSIDEN.ceo);
    expect(textOf((await solsiden.get(`/portal/merchants/${SOLSIDEN.orgno}/keys`)).body)).not.toContain(solsidenMsn);
    expect((await solsiden.post(`/portal/merchants/${SOLSIDEN.orgno}/keys/${solsidenMsn}/reveal`, { _csrf: solsiden.csrf })).statusCode).toBe(404);
    const marit = await portalAs(t, PEOPLE.marit);
    expect((await marit.post(`/portal/merchants/${SOLSIDEN.orgno}/keys/${solsidenMsn}/reveal`, { _csrf: marit.csrf })).statusCode).toBe(403);
  });

  it("a portal user of the partner without admin permission cannot order it (403); nothing is ordered", async () => {
    await grantPortalAccess(t, { orgno: SOLSIDEN.orgno, nin: PEOPLE.anders, permissions: ['READ', 'DEVELOPER'], units: 'all' });
    const anders = await portalAs(t, PEOPLE.anders);
    const res = await anders.post(`/portal/partner/${SOLSIDEN.orgno}/portal-access`, { _csrf: anders.csrf });
    expect(res.statusCode).toBe(403);
    expect(textOf(res.body)).toContain('This needs the ADMIN permission');
    expect(await ownLoginOrdersOf(t, SOLSIDEN.orgno)).toEqual([]);
  });
});
