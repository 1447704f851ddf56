import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { csrfOf } from '../../support/forms.js';
import { fullPrefill } from '../../support/management.js';
import { caseOf, decide, operator, PEOPLE, portalAs, prefill, sendOrder } from '../../support/signup.js';
import { findProductOrder } from '../../../src/store/product-orders-repo.js';

describe('back office: security', () => {
  let t: TestApp;
  let order: string;
  let caseId: string;
  beforeAll(async () => {
    t = await startTestApp({ world: { operators: [{ username: 'kontroll', name: 'Kari Kontroll', email: 'kontroll@backoffice.vpp.example', password: 'kontroll-demo' }] }, demo: true });
    const o = await prefill(t, fullPrefill({ businessIdentifier: { scheme: 'business:NO:ORG', id: '923456783' } }));
    await sendOrder(await portalAs(t, PEOPLE.kari), o.path);
    order = o.id;
    caseId = await caseOf(t, order);
  });
  afterAll(() => t.close());
  const status = async () => (await findProductOrder(t.rt.store.db, order))!.status;

  it('keeps portal people out of the back office', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    for (const url of ['/backoffice', `/backoffice/cases/${caseId}`, '/backoffice/agreements/00000000-0000-4000-8000-000000000000/pdf']) {
      const res = await kari.get(url);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toMatch(/^\/backoffice\/login/);
    }
    const post = await kari.post(`/backoffice/cases/${caseId}/approve`, { _csrf: csrfOf((await kari.get('/portal')).body) });
    expect(post.statusCode).toBe(303);
    expect(await status()).toBe('SUBMITTED');
  });

  it("refuses an action without the anti-forgery token, or with another operator's", async () => {
    const berit = await operator(t);
    const other = await operator(t, 'kontroll', 'kontroll-demo');
    await berit.get(`/backoffice/cases/${caseId}`);
    expect((await berit.post(`/backoffice/cases/${caseId}/approve`, { _csrf: 'forged' })).statusCode).toBe(403);
    const otherToken = csrfOf((await other.get(`/backoffice/cases/${caseId}`)).body);
    const res = await berit.post(`/backoffice/cases/${caseId}/decline`, { _csrf: otherToken, reason: 'x' });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('anti-forgery token');
    expect(await status()).toBe('SUBMITTED');
  });

  it('sends an expired operator session to the log-in page and changes nothing', async () => {
    const berit = await operator(t);
    const page = await berit.get(`/backoffice/cases/${caseId}`);
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 31 * 60 } });
    const res = await berit.post(`/backoffice/cases/${caseId}/approve`, { _csrf: csrfOf(page.body) });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toMatch(/^\/backoffice\/login/);
    expect(await status()).toBe('SUBMITTED');
  });

  it("lets no one answer another company's question", async () => {
    const op = await operator(t);
    expect((await decide(op, caseId, 'request-information', { question: 'Which products?' })).statusCode).toBe(303);
    const sigrid = await portalAs(t, PEOPLE.sigrid);
    const res = await sigrid.post(`/portal/cases/${caseId}/answer`, { _csrf: csrfOf((await sigrid.get('/portal')).body), answer: 'Mine now' });
    expect(res.statusCode).toBe(403);
    expect(await status()).toBe('AWAITING-CUSTOMER');
    const kari = await portalAs(t, PEOPLE.kari);
    expect((await kari.post(`/portal/cases/${caseId}/answer`, { _csrf: 'forged', answer: 'x' })).statusCode).toBe(403);
    expect(await status()).toBe('AWAITING-CUSTOMER');
  });
});
