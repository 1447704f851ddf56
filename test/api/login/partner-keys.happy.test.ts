// Partner keys for Login, as the platform documents them: /oauth2/auth?msn=… redirects with
// the merchant's client_id; the token and CIBA endpoints take the partner's access token
// from POST /accesstoken/get with Merchant-Serial-Number, also for login from phone number
// with redirect to browser. openid-client is the client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { BASIC_CLIENT, ISSUER, InjectBrowser, KARI, answerCiba, injectFetch, loginThroughApp, verifiedIdToken } from '../../support/login.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** openid-client acting as the partner: no client secret, the partner's token and the MSN instead. */
async function asPartner(msn: string) {
  const token = await t.token(DEMO.partnerKeys);
  const partnerAuth: oidc.ClientAuth = (_as, _client, _body, headers) => {
    headers.set('authorization', `Bearer ${token}`);
    headers.set('merchant-serial-number', msn);
  };
  const config = await oidc.discovery(new URL(ISSUER), 'partner-acting-for-' + msn, undefined, partnerAuth, {
    execute: [oidc.allowInsecureRequests],
    [oidc.customFetch]: injectFetch(t),
  });
  oidc.enableNonRepudiationChecks(config);
  return config;
}

describe('Login with partner keys', () => {
  it('redirects /oauth2/auth?msn=… to the same request with the merchant\'s client_id', async () => {
    const q = new URLSearchParams({ msn: BASIC_CLIENT.msn, response_type: 'code', scope: 'openid name', state: 'p-1', redirect_uri: BASIC_CLIENT.redirectUri });
    const res = await t.inject({ method: 'GET', url: `/access-management-1.0/access/oauth2/auth?${q}` });
    expect(res.statusCode).toBe(302);
    const to = new URL(String(res.headers.location), 'http://vpp.test');
    expect(to.pathname).toBe('/access-management-1.0/access/oauth2/auth');
    expect(to.searchParams.get('client_id')).toBe(BASIC_CLIENT.clientId);
    expect(to.searchParams.get('msn')).toBeNull();
    expect(to.searchParams.get('state')).toBe('p-1');
    expect(to.searchParams.get('redirect_uri')).toBe(BASIC_CLIENT.redirectUri);
  });

  it('completes the browser flow: the code is exchanged with the partner\'s access token and Merchant-Serial-Number', async () => {
    const config = await asPartner(BASIC_CLIENT.msn);
    const verifier = oidc.randomPKCECodeVerifier();
    const nonce = oidc.randomNonce();
    const q = new URLSearchParams({
      msn: BASIC_CLIENT.msn,
      response_type: 'code',
      scope: 'openid name',
      state: 'p-2',
      nonce,
      redirect_uri: BASIC_CLIENT.redirectUri,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    });
    const back = await loginThroughApp(new InjectBrowser(t), `/access-management-1.0/access/oauth2/auth?${q}`, KARI.phone);
    expect(back.searchParams.get('code')).toBeTruthy();
    // The partner does not know the client_id: it checks the ID token's msn claim instead.
    const res = await t.inject({
      method: 'POST',
      url: '/access-management-1.0/access/oauth2/token',
      headers: { authorization: `Bearer ${await t.token(DEMO.partnerKeys)}`, 'merchant-serial-number': BASIC_CLIENT.msn, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ grant_type: 'authorization_code', code: back.searchParams.get('code')!, redirect_uri: BASIC_CLIENT.redirectUri, code_verifier: verifier }).toString(),
    });
    expect(res.statusCode).toBe(200);
    const idToken = res.json().id_token as string;
    const claims = await verifiedIdToken(t, idToken);
    expect(claims).toMatchObject({ msn: BASIC_CLIENT.msn, nonce, iss: ISSUER });
    const info = await oidc.fetchUserInfo(config, res.json().access_token, claims.sub as string);
    expect(info.name).toBe(KARI.name);
  });

  it('runs CIBA with partner keys through openid-client', async () => {
    const config = await asPartner(BASIC_CLIENT.msn);
    const started = await oidc.initiateBackchannelAuthentication(config, { scope: 'openid email', login_hint: `urn:msisdn:${KARI.phone}` });
    expect(started.interval).toBe(5);
    await answerCiba(t, KARI.phone, started.auth_req_id, 'accept');
    // The partner does not know the merchant's client_id (the ID token's audience), so it
    // polls itself and checks the signature and the msn claim, as the guide advises.
    const res = await t.inject({
      method: 'POST',
      url: '/access-management-1.0/access/oauth2/token',
      headers: { authorization: `Bearer ${await t.token(DEMO.partnerKeys)}`, 'merchant-serial-number': BASIC_CLIENT.msn, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ grant_type: 'urn:openid:params:grant-type:ciba', auth_req_id: started.auth_req_id }).toString(),
    });
    expect(res.statusCode).toBe(200);
    const claims = await verifiedIdToken(t, res.json().id_token);
    expect(claims).toMatchObject({ msn: BASIC_CLIENT.msn, iss: ISSUER, 'urn:openid:params:jwt:claim:auth_req_id': started.auth_req_id });
    const info = await oidc.fetchUserInfo(config, res.json().access_token, claims.sub as string);
    expect(info.email).toBe('kari.nordmann@fjellbakeriet.example');
  });

  it('runs login from phone number with redirect to browser: the code is exchanged with the partner\'s token and Merchant-Serial-Number, once', async () => {
    const config = await asPartner(BASIC_CLIENT.msn);
    const started = await oidc.initiateBackchannelAuthentication(config, {
      scope: 'openid name',
      login_hint: `urn:msisdn:${KARI.phone}`,
      requested_flow: 'login_to_webpage',
      redirect_uri: BASIC_CLIENT.redirectUri,
    });
    const answered = await answerCiba(t, KARI.phone, started.auth_req_id, 'accept');
    const browser = new URL(answered.at);
    expect(browser.origin + browser.pathname).toBe(BASIC_CLIENT.redirectUri);
    const code = browser.searchParams.get('code')!;
    expect(code).toBeTruthy();
    const exchange = async () =>
      t.inject({
        method: 'POST',
        url: '/access-management-1.0/access/oauth2/token',
        headers: { authorization: `Bearer ${await t.token(DEMO.partnerKeys)}`, 'merchant-serial-number': BASIC_CLIENT.msn, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ grant_type: 'urn:vipps:params:grant-type:ciba-redirect', code }).toString(),
      });
    const res = await exchange();
    expect(res.statusCode, res.body).toBe(200);
    const claims = await verifiedIdToken(t, res.json().id_token);
    expect(claims).toMatchObject({ msn: BASIC_CLIENT.msn, iss: ISSUER, 'urn:openid:params:jwt:claim:auth_req_id': started.auth_req_id });
    const info = await oidc.fetchUserInfo(config, res.json().access_token, claims.sub as string);
    expect(info.name).toBe(KARI.name);
    const again = await exchange();
    expect(again.statusCode).toBe(400);
    expect(again.json().error).toBe('invalid_grant');
  });
});
