import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { fullPrefill } from '../support/management.js';
import { caseOf, emails, PEOPLE, portalAs, prefill, sendOrder, signAgreementAs } from '../support/signup.js';
import { csrfOf } from '../support/forms.js';
import { runAutomaticProcessing } from '../../src/jobs/automatic-processing.js';
import { processAutomatically } from '../../src/operations/backoffice/process-automatically.js';
import { findProductOrder } from '../../src/store/product-orders-repo.js';
import { parseCommandLine } from '../../src/config.js';
import { validateWorld } from '../../src/domain/world/validate-world.js';

const order = (orgno: string) => fullPrefill({ businessIdentifier: { scheme: 'business:NO:ORG', id: orgno } });

describe('automatic processing from the world file', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ world: { backOffice: { autoApproveAfterSeconds: 300, declineOrgnos: ['913579240'], moreInformationOrgnos: ['987654325'] } }, demo: true });
  });
  afterAll(() => t.close());
  const pass = () => runAutomaticProcessing(t.rt)();
  const advance = (s: number) => t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: s } });
  const statusOf = async (id: string) => (await findProductOrder(t.rt.store.db, id))!.status;

  it('approves an agreement and then its order once they have waited the simulated time, oldest first', async () => {
    const o = await prefill(t);
    const sigrid = await portalAs(t, PEOPLE.sigrid);
    await signAgreementAs(sigrid, '975312461');
    await sendOrder(sigrid, o.path);
    expect(await pass()).toBe(0);
    await advance(299);
    expect(await pass()).toBe(0);
    expect(await statusOf(o.id)).toBe('SUBMITTED');
    await advance(2);
    expect(await pass()).toBe(2);
    expect(await statusOf(o.id)).toBe('APPROVED');
    const merchant = await t.rt.store.db.selectFrom('merchants').select('status').where('orgno', '=', '975312461').executeTakeFirstOrThrow();
    expect(merchant.status).toBe('ACTIVE');
    const partnerMail = (await emails(t, 'partner@fjordkassa.example'))[0]!;
    expect(partnerMail.subject).toContain('approved for Nordlys Kaffe AS');
    const history = await t.rt.store.db.selectFrom('signup_case_events').select(['actor', 'kind']).where('case_id', '=', await caseOf(t, o.id)).execute();
    expect(history.at(-1)).toEqual({ actor: 'Automatic processing', kind: 'approved' });
  });

  it('declines an org number on the decline list, telling only the merchant', async () => {
    const marit = await portalAs(t, PEOPLE.marit);
    await signAgreementAs(marit, '913579240', { 'contact.email': 'marit.dahl@tindesport.example' });
    await advance(301);
    expect(await pass()).toBe(1);
    const a = await t.rt.store.db.selectFrom('merchant_agreements').select('status').where('orgno', '=', '913579240').executeTakeFirstOrThrow();
    expect(a.status).toBe('DECLINED');
    expect((await emails(t, 'marit.dahl@tindesport.example'))[0]!.subject).toBe('Your merchant agreement was not approved');
  });

  it('asks once for an org number on the more-information list, then approves after the answer', async () => {
    const nora = await portalAs(t, PEOPLE.nora);
    await signAgreementAs(nora, '987654325', { 'contact.email': 'nora.moen@byhagen.example' });
    await advance(301);
    expect(await pass()).toBe(1);
    const c = await t.rt.store.db.selectFrom('signup_cases').selectAll().where('orgno', '=', '987654325').executeTakeFirstOrThrow();
    expect(c.state).toBe('AWAITING-CUSTOMER');
    expect((await emails(t, 'nora.moen@byhagen.example'))[0]!.subject).toBe('We need more information about your merchant agreement');
    const page = await nora.get(`/portal/agreements/${c.subject_id}`);
    expect((await nora.post(`/portal/cases/${c.id}/answer`, { _csrf: csrfOf(page.body), answer: 'Flowers, sold in our shop.' })).statusCode).toBe(303);
    expect(await pass()).toBe(0);
    await advance(301);
    expect(await pass()).toBe(1);
    const after = await t.rt.store.db.selectFrom('merchant_agreements').select('status').where('orgno', '=', '987654325').executeTakeFirstOrThrow();
    expect(after.status).toBe('ACTIVE');
  });

  it('decides each case once when several nodes run passes at the same time', async () => {
    const orders = await Promise.all([prefill(t, order('923456783')), prefill(t, order('923456783')), prefill(t, order('923456783'))]);
    const kari = await portalAs(t, PEOPLE.kari);
    for (const o of orders) await sendOrder(kari, o.path);
    await advance(301);
    const units = async () => (await t.rt.store.db.selectFrom('sales_units').select('msn').execute()).length;
    const before = await units();
    const node = () => processAutomatically({ db: t.rt.store.db, box: t.rt.box, now: t.rt.clock.now(), publicUrl: 'http://vpp.test', smtp: false });
    const results = await Promise.all([node(), node(), node()]);
    expect(results.reduce((s, r) => s + r.decided, 0)).toBe(3);
    expect(await units()).toBe(before + 3);
    for (const o of orders) expect(await statusOf(o.id)).toBe('APPROVED');
  });
});

describe('automatic processing settings', () => {
  it('takes the delay from --auto-approve-after, or from VPP_AUTO_APPROVE_AFTER', () => {
    expect(parseCommandLine(['start', '--auto-approve-after', '30'], {}).config.autoApproveAfterSeconds).toBe(30);
    expect(parseCommandLine(['start'], { VPP_AUTO_APPROVE_AFTER: '0' }).config.autoApproveAfterSeconds).toBe(0);
    expect(parseCommandLine(['start'], {}).config.autoApproveAfterSeconds).toBeUndefined();
    expect(() => parseCommandLine(['start', '--auto-approve-after', 'soon'], {})).toThrow('--auto-approve-after must be a whole number of seconds (0 or more), not "soon"');
  });

  it('checks the world file block: org numbers, one list per org, known fields', () => {
    const r = validateWorld({ backOffice: { autoApproveAfterSeconds: -1, declineOrgnos: ['913579240', '123'], moreInformationOrgnos: ['913579240'], other: true } });
    expect(r.problems.map((p) => p.path).sort()).toEqual(['backOffice.autoApproveAfterSeconds', 'backOffice.other']);
    const lists = validateWorld({ backOffice: { declineOrgnos: ['913579240', '123'], moreInformationOrgnos: ['913579240'] } });
    expect(lists.problems).toEqual([
      { path: 'backOffice.declineOrgnos[1]', rule: '"123" must be exactly 9 digits' },
      { path: 'backOffice.moreInformationOrgnos[0]', rule: '913579240 is also in declineOrgnos; an organisation can be on one list only' },
    ]);
  });

  it('uses the flag without a world block, and does nothing with neither', async () => {
    const t = await startTestApp({ config: { autoApproveAfterSeconds: 0 } });
    try {
      const o = await prefill(t, order('923456783'));
      await sendOrder(await portalAs(t, PEOPLE.kari), o.path);
      expect(await runAutomaticProcessing(t.rt)()).toBe(1);
      expect((await findProductOrder(t.rt.store.db, o.id))!.status).toBe('APPROVED');
      const queue = await (await import('../support/signup.js')).operator(t);
      expect((await queue.get('/backoffice')).body).toContain('Automatic processing: cases are decided 0 simulated seconds after they enter the queue');
    } finally {
      await t.close();
    }
    const off = await startTestApp();
    try {
      const o = await prefill(off, order('923456783'));
      await sendOrder(await portalAs(off, PEOPLE.kari), o.path);
      await off.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 86400 } });
      expect(await runAutomaticProcessing(off.rt)()).toBe(0);
    } finally {
      await off.close();
    }
  });
});
