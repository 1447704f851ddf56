// The portal's Login client page: a developer of Fjellbakeriet sees the unit's client_id,
// reveals the secret, and registers a redirect URI that the authorize endpoint then accepts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { FJELLBAKERIET, PEOPLE, portalAs } from '../../support/portal-session.js';
import { BASIC_CLIENT } from '../../support/login.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const page = `/portal/merchants/${FJELLBAKERIET}/keys/${BASIC_CLIENT.msn}/login`;
const authorize = (redirectUri: string) =>
  t.inject({ method: 'GET', url: `/access-management-1.0/access/oauth2/auth?${new URLSearchParams({ client_id: BASIC_CLIENT.clientId, response_type: 'code', scope: 'openid', redirect_uri: redirectUri })}` });

describe('Login client in the portal', () => {
  it('shows the client_id, reveals the secret on request, and saves redirect URIs', async () => {
    const b = await portalAs(t, PEOPLE.kari);
    const shown = await b.get(page);
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain(BASIC_CLIENT.clientId);
    expect(shown.body).not.toContain(BASIC_CLIENT.clientSecret);
    const revealed = await b.post(`${page}/reveal`, { _csrf: b.csrf });
    expect(revealed.body).toContain(BASIC_CLIENT.clientSecret);

    expect((await authorize('https://fjellbakeriet.example/new-callback')).statusCode).toBe(400);
    const saved = await b.post(page, { _csrf: b.csrf, redirectUris: `${BASIC_CLIENT.redirectUri}\nhttps://fjellbakeriet.example/new-callback`, tokenAuthMethod: 'client_secret_basic' });
    expect(saved.statusCode).toBe(200);
    expect(saved.body).toContain('Saved');
    expect((await authorize('https://fjellbakeriet.example/new-callback')).statusCode).toBe(303);
  });

  it('refuses a redirect URI with a fragment and changes nothing', async () => {
    const b = await portalAs(t, PEOPLE.kari);
    const res = await b.post(page, { _csrf: b.csrf, redirectUris: 'https://fjellbakeriet.example/cb#frag', tokenAuthMethod: 'client_secret_basic' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('fragment');
    expect((await authorize(BASIC_CLIENT.redirectUri)).statusCode).toBe(303);
  });

  it('does not show another merchant\'s unit', async () => {
    const b = await portalAs(t, PEOPLE.ingrid);
    const res = await b.get(page);
    expect(res.statusCode).toBeGreaterThanOrEqual(403);
    expect(res.body).not.toContain(BASIC_CLIENT.clientId);
  });
});
