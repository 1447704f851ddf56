// The authorization-code flow's documented errors: a redirect URI that is not registered,
// consent refused, an expired code on the simulated clock, a code used twice, a wrong
// PKCE verifier, the wrong client authentication, Userinfo without a valid token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { startTestApp, type TestApp } from '../../support/app.js';
import { BASIC_CLIENT, InjectBrowser, KARI, POST_CLIENT, TOKEN_PATH, basicAuth, discover, loginThroughApp, postForm } from '../../support/login.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const AUTH = '/access-management-1.0/access/oauth2/auth';

/** A code for Kari, with the PKCE verifier that goes with it. */
async function codeFor(client = BASIC_CLIENT) {
  const verifier = oidc.randomPKCECodeVerifier();
  const q = new URLSearchParams({
    client_id: client.clientId,
    response_type: 'code',
    scope: 'openid name',
    state: 'st-1',
    redirect_uri: client.redirectUri,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
  });
  const back = await loginThroughApp(new InjectBrowser(t), `${AUTH}?${q}`, KARI.phone);
  const code = back.searchParams.get('code');
  if (!code) throw new Error(`no code in ${back.href}`);
  return { code, verifier };
}

const exchange = (code: string, verifier: string, headers: Record<string, string> = { authorization: basicAuth(BASIC_CLIENT) }, extra: Record<string, string> = {}) =>
  postForm(t, TOKEN_PATH, { grant_type: 'authorization_code', code, redirect_uri: BASIC_CLIENT.redirectUri, code_verifier: verifier, ...extra }, headers);

describe('authorization code errors', () => {
  it('shows an error page and does not redirect when the redirect URI is not registered', async () => {
    const q = new URLSearchParams({ client_id: BASIC_CLIENT.clientId, response_type: 'code', scope: 'openid', state: 's', redirect_uri: 'https://evil.example/steal' });
    const res = await t.inject({ method: 'GET', url: `${AUTH}?${q}` });
    expect(res.statusCode).toBe(400);
    expect(res.headers.location).toBeUndefined();
    expect(res.body).toContain('redirect_uri');
    expect(res.body).toContain('invalid_redirect_uri');
  });

  it('shows an error page for an unknown client_id', async () => {
    const q = new URLSearchParams({ client_id: 'no-such-client', response_type: 'code', scope: 'openid', redirect_uri: BASIC_CLIENT.redirectUri });
    const res = await t.inject({ method: 'GET', url: `${AUTH}?${q}` });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('invalid_client');
  });

  it('sends the browser back with error=access_denied and the state when the person refuses', async () => {
    const config = await discover(t, BASIC_CLIENT);
    const url = oidc.buildAuthorizationUrl(config, { redirect_uri: BASIC_CLIENT.redirectUri, scope: 'openid email', state: 'refused-state' });
    const back = await loginThroughApp(new InjectBrowser(t), url.href, KARI.phone, 'refuse');
    expect(back.origin + back.pathname).toBe(BASIC_CLIENT.redirectUri);
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe('refused-state');
    expect(back.searchParams.get('code')).toBeNull();
    await expect(oidc.authorizationCodeGrant(config, back, { expectedState: 'refused-state' })).rejects.toMatchObject({ error: 'access_denied' });
  });

  it('refuses a code that expired on the simulated clock', async () => {
    const { code, verifier } = await codeFor();
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 301 } });
    const res = await exchange(code, verifier);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'invalid_grant', error_code: 400 });
  });

  it('refuses a code used twice, and a wrong PKCE verifier', async () => {
    const { code, verifier } = await codeFor();
    expect((await exchange(code, verifier)).statusCode).toBe(200);
    expect((await exchange(code, verifier)).json().error).toBe('invalid_grant');

    const second = await codeFor();
    const wrong = await exchange(second.code, oidc.randomPKCECodeVerifier());
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toBe('invalid_grant');
  });

  it('refuses a wrong secret, a missing one, and a secret sent both in the header and the body', async () => {
    const { code, verifier } = await codeFor();
    const wrong = await exchange(code, verifier, { authorization: basicAuth({ ...BASIC_CLIENT, clientSecret: 'wrong-secret-wrong-secret' }) });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ error: 'invalid_client', error_code: 401 });
    expect(JSON.stringify(wrong.json())).not.toContain(BASIC_CLIENT.clientSecret);

    const none = await exchange(code, verifier, {});
    expect(none.statusCode).toBe(400);
    expect(none.json().error).toBe('invalid_request');

    const both = await exchange(code, verifier, { authorization: basicAuth(BASIC_CLIENT) }, { client_id: BASIC_CLIENT.clientId, client_secret: BASIC_CLIENT.clientSecret });
    expect(both.statusCode).toBe(400);
    expect(both.json()).toMatchObject({ error: 'invalid_request', error_description: 'client authentication must only be provided using one mechanism' });
  });

  it('refuses another unit\'s client for a code', async () => {
    const { code, verifier } = await codeFor();
    const res = await exchange(code, verifier, {}, { client_id: POST_CLIENT.clientId, client_secret: POST_CLIENT.clientSecret, redirect_uri: BASIC_CLIENT.redirectUri });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('invalid_grant');
  });

  it('refuses Userinfo without a token or with a made-up one: 401 in the Userinfo API\'s problem shape', async () => {
    for (const url of ['/vipps-userinfo-api/userinfo/', '/vipps-userinfo-api/userinfo']) {
      const none = await t.inject({ method: 'GET', url });
      expect(none.statusCode).toBe(401);
      expect(none.headers['content-type']).toContain('application/problem+json');
      expect(none.headers['www-authenticate']).toContain('Bearer');
      expect(none.json()).toMatchObject({ status: 401, title: 'Unauthorized', type: 'https://developer.vippsmobilepay.com/userinfo/v1/unauthorized' });
      expect(none.json().detail).toContain('access token');
      expect(none.json().instance).toMatch(/^urn:uuid:/);
    }
    const made = await t.inject({ method: 'GET', url: '/vipps-userinfo-api/userinfo', headers: { authorization: 'Bearer made-up-token-value' } });
    expect(made.statusCode).toBe(401);
    expect(made.json()).toMatchObject({ status: 401, title: 'Unauthorized' });
    expect(made.json().detail).toContain('not valid');
    expect(made.body).not.toContain('made-up-token-value');
  });
});
