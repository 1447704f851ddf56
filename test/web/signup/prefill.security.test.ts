import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { csrfOf, Browser } from '../../support/forms.js';
import { fullPrefill } from '../../support/management.js';
import { PEOPLE, portalAs, prefill } from '../../support/signup.js';
import { findProductOrder } from '../../../src/store/product-orders-repo.js';

const FJELL = fullPrefill({ businessIdentifier: { scheme: 'business:NO:ORG', id: '923456783' } });

describe('the pre-fill link: security', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const status = async (id: string) => (await findProductOrder(t.rt.store.db, id))!.status;

  it('sends a visitor without a session to BankID and back to the link', async () => {
    const { path } = await prefill(t, FJELL);
    const res = await new Browser(t).get(path);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/portal/login?next=${encodeURIComponent(path)}`);
  });

  it("refuses another company's person, does not mark the order opened, and says who may open it", async () => {
    const { id, path } = await prefill(t, FJELL);
    const sigrid = await portalAs(t, PEOPLE.sigrid);
    const res = await sigrid.get(path);
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('You may not open this product order for Fjellbakeriet AS');
    expect(res.body).toContain('Kari Nordmann (CEO)');
    expect(res.body).toContain('Ola Nordmann (chair)');
    expect(await status(id)).toBe('CREATED');
    const post = await sigrid.post(path, { _csrf: csrfOf((await sigrid.get('/portal')).body) });
    expect(post.statusCode).toBe(403);
    expect(await status(id)).toBe('CREATED');
  });

  it('refuses a board member of the company (Hanne Strand) the same way', async () => {
    const { id, path } = await prefill(t, FJELL);
    const hanne = await portalAs(t, PEOPLE.hanne);
    const res = await hanne.get(path);
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('here Kari Nordmann (CEO) or Ola Nordmann (chair)');
    expect(await status(id)).toBe('CREATED');
  });

  it('refuses a send without the anti-forgery token', async () => {
    const { id, path } = await prefill(t, FJELL);
    const kari = await portalAs(t, PEOPLE.kari);
    await kari.get(path);
    const res = await kari.post(path, { _csrf: 'forged' });
    expect(res.statusCode).toBe(403);
    expect(await status(id)).toBe('OPENED');
  });

  it('sends an expired session to the log-in page and sends nothing', async () => {
    const { id, path } = await prefill(t, FJELL);
    const kari = await portalAs(t, PEOPLE.kari);
    const page = await kari.get(path);
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 31 * 60 } });
    const res = await kari.post(path, { _csrf: csrfOf(page.body) });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toMatch(/^\/portal\/login/);
    expect(await status(id)).toBe('OPENED');
  });
});
