// A new partner whose Login traffic misses each item judged from traffic: token calls made
// with the unit's own Login client credentials but without the Vipps-System-* headers, a code
// it kept sending after it was refused, and never a login started at the authorize endpoint.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { checklistOf, loginClientForTestUnit, newPartnerWithKeys, type NewPartner } from '../../support/checklist-verdicts.js';
import { basicAuth, postForm, TOKEN_PATH } from '../../support/login.js';
import { TINDESPORT } from '../../support/partner-journey.js';

const REDIRECT = 'https://tindesport.example/login/callback';
const AUTHORIZE = '/access-management-1.0/access/oauth2/auth';

describe('Login checklist: traffic that misses each item', () => {
  let t: TestApp;
  let p: NewPartner;
  let client: { clientId: string; clientSecret: string };
  const exchange = (secret = client.clientSecret) =>
    postForm(t, TOKEN_PATH, { grant_type: 'authorization_code', code: 'no-such-code', redirect_uri: REDIRECT }, { authorization: basicAuth({ clientId: client.clientId, clientSecret: secret }) });

  beforeAll(async () => {
    t = await startTestApp();
    p = await newPartnerWithKeys(t, TINDESPORT);
    client = await loginClientForTestUnit(t, TINDESPORT, p.msn, REDIRECT);
    for (let i = 0; i < 3; i++) expect((await exchange()).statusCode).toBe(400);
  });
  afterAll(() => t.close());

  it("counts the calls made with the unit's Login client for the unit's partner: none sent the headers", async () => {
    const c = await checklistOf(t, p, 'login');
    expect(c.used).toBe(true);
    expect(c.item('system-headers')).toMatchObject({ state: 'not_yet', evidence: '0 of 3 calls (0%) sent the Vipps-System-* headers.' });
  });

  it('sees the refused code the integration kept sending', async () => {
    expect((await checklistOf(t, p, 'login')).item('repeated-errors')).toMatchObject({ state: 'not_yet', evidence: 'Still repeating: 400 from POST /access-management-1.0/access/oauth2/token (3 times).' });
  });

  it('names the endpoints never used successfully, and is not all met', async () => {
    const c = await checklistOf(t, p, 'login');
    expect(c.item('endpoints')).toMatchObject({ state: 'not_yet', evidence: 'Not yet used successfully: Authorize (GET /access-management-1.0/access/oauth2/auth), Token (POST /access-management-1.0/access/oauth2/token).' });
    expect(c.allMet).toBe(false);
  });

  it('does not count calls with a wrong client secret, nor an authorize request refused for its redirect URI', async () => {
    expect((await exchange('not-the-secret')).statusCode).toBe(401);
    const q = new URLSearchParams({ client_id: client.clientId, response_type: 'code', scope: 'openid', redirect_uri: 'https://elsewhere.example/cb' });
    expect((await t.inject({ method: 'GET', url: `${AUTHORIZE}?${q}` })).statusCode).toBe(400);
    const c = await checklistOf(t, p, 'login');
    expect(c.item('system-headers').evidence).toBe('0 of 3 calls (0%) sent the Vipps-System-* headers.');
    expect(c.item('endpoints').evidence).toContain('Authorize (GET');
  });

  it('counts an authorize request the browser is sent on with the client_id as the endpoint used', async () => {
    const q = new URLSearchParams({ client_id: client.clientId, response_type: 'code', scope: 'openid', state: 's-1', redirect_uri: REDIRECT });
    expect((await t.inject({ method: 'GET', url: `${AUTHORIZE}?${q}` })).statusCode).toBe(303);
    expect((await checklistOf(t, p, 'login')).item('endpoints').evidence).toBe('Not yet used successfully: Token (POST /access-management-1.0/access/oauth2/token).');
  });
});
