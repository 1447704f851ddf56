import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { fullPrefill } from '../../support/management.js';
import { agreementIdOf, caseOf, decide, operator, PEOPLE, portalAs, prefill, sendOrder, signAgreementAs } from '../../support/signup.js';
import { approveCase } from '../../../src/operations/backoffice/approve-case.js';
import { findProductOrder } from '../../../src/store/product-orders-repo.js';

describe('back office: errors', () => {
  let t: TestApp;
  let nordlysOrder: string;
  let fjellOrder: string;
  beforeAll(async () => {
    t = await startTestApp();
    const n = await prefill(t);
    const sigrid = await portalAs(t, PEOPLE.sigrid);
    await signAgreementAs(sigrid, '975312461');
    await sendOrder(sigrid, n.path);
    nordlysOrder = n.id;
    const f = await prefill(t, fullPrefill({ businessIdentifier: { scheme: 'business:NO:ORG', id: '923456783' } }));
    await sendOrder(await portalAs(t, PEOPLE.kari), f.path);
    fjellOrder = f.id;
  });
  afterAll(() => t.close());
  const units = async () => (await t.rt.store.db.selectFrom('sales_units').select('msn').execute()).length;

  it('refuses to approve an order before its merchant agreement, and creates nothing', async () => {
    const before = await units();
    const res = await decide(await operator(t), await caseOf(t, nordlysOrder), 'approve');
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('975312461 is not a merchant yet: approve its merchant agreement first, then this order.');
    expect(await units()).toBe(before);
    expect((await findProductOrder(t.rt.store.db, nordlysOrder))!.status).toBe('SUBMITTED');
    const c = await t.rt.store.db.selectFrom('signup_cases').select('state').where('subject_id', '=', nordlysOrder).executeTakeFirstOrThrow();
    expect(c.state).toBe('QUEUED');
  });

  it('needs an internal reason to decline and a question to ask', async () => {
    const op = await operator(t);
    const id = await caseOf(t, fjellOrder);
    const decline = await decide(op, id, 'decline', { reason: '  ' });
    expect(decline.statusCode).toBe(400);
    expect(decline.body).toContain('id="err-reason">is required');
    const ask = await decide(op, id, 'request-information', { question: '' });
    expect(ask.statusCode).toBe(400);
    expect(ask.body).toContain('id="err-question">is required');
    expect((await findProductOrder(t.rt.store.db, fjellOrder))!.status).toBe('SUBMITTED');
  });

  it('decides a case once: a second approval is refused, also when two run at the same time', async () => {
    const agreementCase = await caseOf(t, await agreementIdOf(t, '975312461'));
    const op = await operator(t);
    expect((await decide(op, agreementCase, 'approve')).statusCode).toBe(303);
    const again = await decide(op, agreementCase, 'approve');
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('This case was already approved by Berit Saksbehandler (back office)');

    const before = await units();
    const ctx = { db: t.rt.store.db, box: t.rt.box, caseId: await caseOf(t, nordlysOrder), now: t.rt.clock.now(), publicUrl: 'http://vpp.test', smtp: false };
    const results = await Promise.allSettled([approveCase({ ...ctx, actor: 'A' }), approveCase({ ...ctx, actor: 'B' })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason.message).toContain('already approved');
    expect(await units()).toBe(before + 1);
  });

  it('refuses a second question while one is open, and answers 404 for an unknown case', async () => {
    const op = await operator(t);
    const id = await caseOf(t, fjellOrder);
    expect((await decide(op, id, 'request-information', { question: 'Where is your terms page?' })).statusCode).toBe(303);
    const res = await op.post(`/backoffice/cases/${id}/request-information`, { _csrf: /name="_csrf" value="([^"]+)"/.exec((await op.get('/backoffice')).body)![1]!, question: 'And?' });
    expect(res.statusCode).toBe(409);
    expect((await op.get('/backoffice/cases/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const kari = await portalAs(t, PEOPLE.kari);
    const csrf = /name="_csrf" value="([^"]+)"/.exec((await kari.get('/portal')).body)![1]!;
    const empty = await kari.post(`/portal/cases/${id}/answer`, { _csrf: csrf, answer: ' ' });
    expect(empty.statusCode).toBe(400);
    expect((await findProductOrder(t.rt.store.db, fjellOrder))!.status).toBe('AWAITING-CUSTOMER');
  });
});
