// A partner's onboarding test without a browser or an email: pre-fill, the merchant sends
// (simulated), the back office decides (simulated), and the new MSN comes from vpp's events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { fullPrefill } from '../../support/management.js';
import { partnerReachesUnit, prefill } from '../../support/signup.js';

const FJELLBAKERIET = { scheme: 'business:NO:ORG', id: '923456783' };

describe('onboarding through the simulation API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const events = async (q: string) => (await t.inject({ method: 'GET', url: `/_sim/events?${q}` })).json();

  it('sends a pre-fill as the merchant, approves it as the back office, and tells the new MSN as a vpp event', async () => {
    const start = (await events('')).next as number;
    const { id } = await prefill(t, fullPrefill({ businessIdentifier: FJELLBAKERIET, salesUnitName: 'Fjellbakeriet Sim' }));
    const sent = await t.inject({ method: 'POST', url: `/_sim/product-orders/${id}/submit`, payload: { values: {} } });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ orgno: '923456783', submittedBy: expect.stringMatching(/\S+ \S+/) });

    const queued = (await t.inject({ method: 'GET', url: '/_sim/backoffice/cases?orgno=923456783&state=QUEUED' })).json().cases;
    expect(queued.map((c: { subjectId: string }) => c.subjectId)).toContain(id);

    const approved = await t.inject({ method: 'POST', url: `/_sim/backoffice/cases/${id}/approve` });
    expect(approved.statusCode, approved.body).toBe(200);
    const msn = approved.json().msn as string;
    expect(msn).toMatch(/^\d{6}$/);

    const mine = await events(`after=${start}&productOrderId=${id}`);
    expect(mine.events.map((e: { type: string }) => e.type)).toEqual(['vpp.order.submitted', 'vpp.case.approved', 'vpp.salesunit.created']);
    expect(mine.events.at(-1)).toMatchObject({ msn, partner: DEMO.partners.premium, orgno: '923456783', productType: 'VIPPS_PA_NETT' });
    // Reading on from the last event finds nothing new.
    expect((await events(`after=${mine.next}&productOrderId=${id}`)).events).toEqual([]);
    expect(await partnerReachesUnit(t, DEMO.partnerKeys, msn)).toBe('reaches');
  });

  it('asks for more information and declines, without telling the internal reason', async () => {
    const { id } = await prefill(t, fullPrefill({ businessIdentifier: FJELLBAKERIET, salesUnitName: 'Fjellbakeriet Two' }));
    await t.inject({ method: 'POST', url: `/_sim/product-orders/${id}/submit` });
    const asked = await t.inject({ method: 'POST', url: `/_sim/backoffice/cases/${id}/request-information`, payload: { question: 'What do you sell?' } });
    expect(asked.statusCode, asked.body).toBe(200);
    const declined = await t.inject({ method: 'POST', url: `/_sim/backoffice/cases/${id}/decline`, payload: { reason: 'internal: risk too high' } });
    expect(declined.statusCode, declined.body).toBe(200);
    const all = await events(`productOrderId=${id}`);
    const list = all.events;
    expect(list, JSON.stringify(all)).toBeDefined();
    expect(list.map((e: { type: string }) => e.type)).toEqual(['vpp.order.submitted', 'vpp.case.information-requested', 'vpp.case.declined']);
    expect(list[1].text).toBe('What do you sell?');
    expect(JSON.stringify(list)).not.toContain('risk too high');
  });
});
