// An error page of the portal (or back office) is still a page of it: the same header and
// navigation, so the person can go on from there instead of being stranded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { backofficeAs, HAVBLIKK, PEOPLE, portalAs } from '../../support/portal-session.js';

const navLinks = (html: string) => [...(/<nav>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '').matchAll(/href="([^"]+)"/g)].map((m) => m[1]);

describe('error pages keep the area navigation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('a portal page refused to the person shows the portal header and navigation', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const res = await kari.get(`/portal/merchants/${HAVBLIKK}/users`);
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('<span class="area">Merchant portal</span>');
    expect(navLinks(res.body)).toEqual(['/portal', '/mailbox']);
    expect(res.body).toContain('Request id');
  });

  it('a missing portal page asked for by a browser is an HTML page with the portal navigation', async () => {
    const res = await t.inject({ method: 'GET', url: '/portal/no-such-page', headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('<h1>Not found</h1>');
    expect(navLinks(res.body)).toEqual(['/portal', '/mailbox']);
  });

  it('a missing page asked for by a script stays a JSON problem', async () => {
    const res = await t.inject({ method: 'GET', url: '/portal/no-such-page', headers: { accept: 'application/json' } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/json/);
    expect(res.json().detail).toContain('There is no GET /portal/no-such-page');
  });

  it('a back-office case that does not exist shows the back-office navigation', async () => {
    const operator = await backofficeAs(t);
    const res = await operator.get('/backoffice/cases/999999');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('<span class="area">Back office</span>');
    expect(navLinks(res.body)).toContain('/backoffice/partner-changes');
  });
});
