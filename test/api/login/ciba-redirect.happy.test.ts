// Login from phone number with redirect to browser: the merchant starts a CIBA request with
// requested_flow=login_to_webpage and a registered redirect_uri, the person confirms in the
// app, the app opens the browser at the redirect URI with a code, and openid-client
// exchanges it (grant urn:vipps:params:grant-type:ciba-redirect) for tokens whose ID token
// carries the auth_req_id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { startTestApp, type TestApp } from '../../support/app.js';
import { BASIC_CLIENT, KARI, answerCiba, discover } from '../../support/login.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const REDIRECT_GRANT = 'urn:vipps:params:grant-type:ciba-redirect';

describe('Login from phone number with redirect to browser', () => {
  it('sends the browser to the redirect URI with a code once the person confirms, and the code gives the tokens once', async () => {
    const config = await discover(t, BASIC_CLIENT);
    const started = await oidc.initiateBackchannelAuthentication(config, {
      scope: 'openid name',
      login_hint: `urn:mobilenumber:${KARI.phone.slice(2)}`,
      requested_flow: 'login_to_webpage',
      redirect_uri: BASIC_CLIENT.redirectUri,
    });
    expect(started).toMatchObject({ expires_in: 600, interval: 5 });

    const answered = await answerCiba(t, KARI.phone, started.auth_req_id, 'accept');
    const browser = new URL(answered.at);
    expect(browser.origin + browser.pathname).toBe(BASIC_CLIENT.redirectUri);
    const code = browser.searchParams.get('code')!;
    expect(code).toMatch(/^[A-Za-z0-9_-]{40,}$/);

    const tokens = await oidc.genericGrantRequest(config, REDIRECT_GRANT, { code });
    const claims = tokens.claims()!;
    expect(claims['urn:openid:params:jwt:claim:auth_req_id']).toBe(started.auth_req_id);
    expect(claims.aud).toBe(BASIC_CLIENT.clientId);
    const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
    expect(info).toMatchObject({ sub: claims.sub, name: KARI.name });

    await expect(oidc.genericGrantRequest(config, REDIRECT_GRANT, { code })).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('sends the browser back with error=access_denied when the person refuses', async () => {
    const config = await discover(t, BASIC_CLIENT);
    const started = await oidc.initiateBackchannelAuthentication(config, {
      scope: 'openid',
      login_hint: `urn:msisdn:${KARI.phone}`,
      requested_flow: 'login_to_webpage',
      redirect_uri: BASIC_CLIENT.redirectUri,
    });
    const answered = await answerCiba(t, KARI.phone, started.auth_req_id, 'refuse');
    const browser = new URL(answered.at);
    expect(browser.origin + browser.pathname).toBe(BASIC_CLIENT.redirectUri);
    expect(browser.searchParams.get('error')).toBe('access_denied');
    expect(browser.searchParams.get('code')).toBeNull();
  });
});
