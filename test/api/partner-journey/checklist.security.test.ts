import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { becomePartner, TINDESPORT } from '../../support/partner-journey.js';
import { PEOPLE, portalAs } from '../../support/portal-session.js';

describe('checklist verdicts API: who may read them', () => {
  let t: TestApp;
  let partnerId: string;
  beforeAll(async () => {
    t = await startTestApp();
    ({ partnerId } = await becomePartner(t, TINDESPORT));
  });
  afterAll(() => t.close());
  const url = (id: string) => `/integration-checklists/v1/partners/${id}/checklists`;

  it("refuses another partner's keys", async () => {
    const res = await t.inject({ method: 'GET', url: url(partnerId), headers: await t.auth(DEMO.partnerKeys) });
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toBe(`These keys belong to partner 100001; use partner ${partnerId}'s own keys.`);
  });

  it('refuses merchant keys', async () => {
    const res = await t.inject({ method: 'GET', url: url(partnerId), headers: await t.auth(DEMO.merchantKeys) });
    expect(res.statusCode).toBe(403);
  });

  it('refuses a request without a token or subscription key', async () => {
    expect((await t.inject({ method: 'GET', url: url(partnerId) })).statusCode).toBe(401);
    const { authorization } = await t.auth(DEMO.partnerKeys);
    expect((await t.inject({ method: 'GET', url: url('100001'), headers: { authorization: authorization! } })).statusCode).toBe(401);
  });

  it("lets a partner read its own, with management keys too (Fjordkassa's own checklist)", async () => {
    const res = await t.inject({ method: 'GET', url: url('100001'), headers: await t.auth(DEMO.partnerKeys) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ partnerId: '100001', allMet: false });
    const basic = await t.inject({ method: 'GET', url: url('100003'), headers: await t.auth(DEMO.managementKeys) });
    expect(basic.statusCode).toBe(200);
  });

  it('shows the partner page in the portal only to people of the partner company', async () => {
    const stranger = await portalAs(t, PEOPLE.kari);
    const res = await stranger.get(`/portal/partner/${TINDESPORT.orgno}`);
    expect(res.statusCode).toBe(404);
    const own = await portalAs(t, TINDESPORT.ceo);
    expect((await own.get(`/portal/partner/${TINDESPORT.orgno}`)).statusCode).toBe(200);
  });
});
