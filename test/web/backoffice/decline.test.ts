import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { fullPrefill } from '../../support/management.js';
import { caseOf, decide, emails, operator, PEOPLE, portalAs, prefill, sendOrder } from '../../support/signup.js';
import { findProductOrder } from '../../../src/store/product-orders-repo.js';

const REASON = 'Risk: the website sells goods we do not accept';

describe('back office: declining tells the merchant only, and never why', () => {
  let t: TestApp;
  let order: { id: string; path: string };
  beforeAll(async () => {
    t = await startTestApp();
    order = await prefill(t, fullPrefill({ businessIdentifier: { scheme: 'business:NO:ORG', id: '923456783' } }));
    await sendOrder(await portalAs(t, PEOPLE.kari), order.path);
    const res = await decide(await operator(t), await caseOf(t, order.id), 'decline', { reason: REASON });
    expect(res.statusCode).toBe(303);
  });
  afterAll(() => t.close());

  it('stops the order as every stop does, without the internal reason', async () => {
    const row = (await findProductOrder(t.rt.store.db, order.id))!;
    expect(row.status).toBe('STOPPED');
    expect(row.stopped_at).not.toBeNull();
    expect(row.status_reason).toBe('Declined by Vipps MobilePay after customer control');
    expect(row.status_reason).not.toContain('Risk');
  });

  it('emails the merchant without the reason, and the partner nothing', async () => {
    const [mail, ...more] = await emails(t, 'post@fjellbakeriet.example');
    expect(more).toEqual([]);
    expect(mail!.subject).toBe('Your product order for Vipps på nett was not approved');
    expect(mail!.body).not.toContain('Risk');
    expect(await emails(t, 'partner@fjordkassa.example')).toEqual([]);
    expect((await emails(t)).map((e) => e.to)).toEqual(['post@fjellbakeriet.example']);
  });

  it("shows the partner's keys nothing of the decline through the API", async () => {
    const res = await t.inject({ method: 'GET', url: `/management/v1/product-orders/${order.id}`, headers: await t.auth(DEMO.partnerKeys) });
    expect(res.json()).toEqual({ prefilledOrderId: order.id, prefillStatus: 'COMPLETED' });
    expect(res.body).not.toMatch(/STOPPED|Declined|Risk/);
  });

  it('shows the merchant the decision in the portal, and the operator the internal reason', async () => {
    const page = await (await portalAs(t, PEOPLE.kari)).get(order.path);
    expect(page.body).toContain('Vipps MobilePay could not approve this order.');
    expect(page.body).not.toContain('Risk');
    const op = await operator(t);
    const c = await op.get(`/backoffice/cases/${await caseOf(t, order.id)}`);
    expect(c.body).toContain(`Internal reason (never shown to the merchant or the partner): ${REASON}`);
    expect(c.body).not.toContain('>Approve<');
  });
});
