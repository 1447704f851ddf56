// Pages of a namespace stay in it: the payer's app's forms, redirects and cookies, and a
// portal session, are under /ns/NAME/, so a browser in a namespace never lands in the main
// world (or another namespace) by following what vpp gave it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { Browser, csrfOf } from '../support/forms.js';
import { inNamespace, NETT } from '../support/namespaces.js';
import { PEOPLE } from '../support/portal-session.js';

describe("a namespace's pages", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    expect((await t.inject({ method: 'POST', url: '/_sim/namespaces', payload: { name: 'pages' } })).statusCode).toBe(201);
  });
  afterAll(() => t.close());

  it("the payer's landing page posts, redirects and keeps its cookie inside the namespace", async () => {
    const ns = inNamespace(t, 'pages');
    const paid = await ns.createPayment();
    const landing = new URL(paid.redirectUrl);
    expect(landing.pathname).toBe('/ns/pages/app/landing');
    const b = new Browser(t);
    const page = await b.get(landing.pathname + landing.search);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('action="/ns/pages/app/landing"');
    expect(page.body).toContain('href="/ns/pages/app"');
    expect(page.body).toContain('href="/assets/style.css"'); // shared, left at the root
    expect(String(page.headers['set-cookie'])).toMatch(/Path=\/ns\/pages\/app;/);

    const csrf = /name="csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const done = await b.post('/ns/pages/app/landing', { token: landing.searchParams.get('token')!, csrf, phone: '4791234567', decision: 'approve' });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(`/ns/pages/app/landing?token=${encodeURIComponent(landing.searchParams.get('token')!)}`);
    const confirmation = await b.get(done.headers.location as string);
    expect(confirmation.body).toContain('Payment approved');
    expect((await ns.getPayment(paid.reference)).json().state).toBe('AUTHORIZED');
    // The main world has no such payment.
    expect((await t.inject({ method: 'GET', url: `/_sim/payments/${NETT}/${paid.reference}` })).statusCode).toBe(404);
  });

  it("a portal session belongs to the namespace's part of the site", async () => {
    const b = new Browser(t);
    const login = await b.post('/ns/pages/portal/login', { _csrf: csrfOf((await b.get('/ns/pages/portal/login')).body), nin: PEOPLE.kari });
    expect(login.statusCode).toBe(303);
    expect(login.headers.location).toMatch(/^\/ns\/pages\/portal/);
    expect(String(login.headers['set-cookie'])).toMatch(/Path=\/ns\/pages\//);
    const home = await b.get(login.headers.location as string);
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('href="/ns/pages/portal');
    expect(home.body).not.toMatch(/href="\/portal/);
  });
});
