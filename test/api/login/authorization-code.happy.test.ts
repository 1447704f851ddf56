// The authorization-code flow with PKCE, state and nonce, driven by openid-client: the
// person logs in and consents in the payer's app, the merchant exchanges the code with
// client_secret_basic or client_secret_post, validates the ID token against the JWKS and
// reads Userinfo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { startTestApp, type TestApp } from '../../support/app.js';
import { BASIC_CLIENT, InjectBrowser, ISSUER, KARI, POST_CLIENT, discover, formAction, loginThroughApp } from '../../support/login.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function login(client: typeof BASIC_CLIENT, auth: 'basic' | 'post', scope: string, b = new InjectBrowser(t)) {
  const config = await discover(t, client, auth);
  oidc.enableNonRepudiationChecks(config);
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: client.redirectUri,
    scope,
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
  });
  const back = await loginThroughApp(b, url.href, KARI.phone);
  expect(back.origin + back.pathname).toBe(client.redirectUri);
  const tokens = await oidc.authorizationCodeGrant(config, back, { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true });
  return { config, tokens, b };
}

describe('Login in the browser (authorization code)', () => {
  it('logs Kari in with client_secret_basic: a signed ID token with sub, nonce and msn, and Userinfo with the consented scopes', async () => {
    const { config, tokens } = await login(BASIC_CLIENT, 'basic', 'openid name email phoneNumber address birthDate');
    const claims = tokens.claims()!;
    expect(claims.iss).toBe(ISSUER);
    expect(claims.aud).toBe(BASIC_CLIENT.clientId);
    expect(claims.msn).toBe(BASIC_CLIENT.msn);
    expect(claims.sub).toMatch(/^[0-9a-f-]{36}$/);
    expect(claims).not.toHaveProperty('name'); // personal data comes from Userinfo
    expect(tokens.scope?.split(' ').sort()).toEqual(['address', 'birthDate', 'email', 'name', 'openid', 'phoneNumber']);

    const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
    expect(info).toMatchObject({
      sub: claims.sub,
      name: KARI.name,
      given_name: 'Kari',
      family_name: 'Nordmann',
      email: 'kari.nordmann@fjellbakeriet.example',
      email_verified: true,
      phone_number: KARI.phone,
      birthdate: '1977-05-15',
      address: { street_address: 'Bakkegata 1', postal_code: '0150', region: 'Oslo', country: 'NO' },
    });
    expect(info).not.toHaveProperty('nin');
  });

  it('exchanges the code with client_secret_post for a unit set to it', async () => {
    const { config, tokens } = await login(POST_CLIENT, 'post', 'openid nin');
    expect(tokens.claims()!.msn).toBe(POST_CLIENT.msn);
    const info = await oidc.fetchUserInfo(config, tokens.access_token, tokens.claims()!.sub);
    expect(info).toEqual({ sub: tokens.claims()!.sub, msn: POST_CLIENT.msn, nin: '15857710069' });
  });

  it('does not ask again for a consent already given, and asks again once it is withdrawn', async () => {
    const b = new InjectBrowser(t);
    await login(BASIC_CLIENT, 'basic', 'openid email', b);
    // Same browser, same scopes: straight back to the merchant.
    const config = await discover(t, BASIC_CLIENT);
    const again = oidc.buildAuthorizationUrl(config, { redirect_uri: BASIC_CLIENT.redirectUri, scope: 'openid email', state: 's2' });
    const quick = await b.go(again.href);
    expect(new URL(quick.at).origin + new URL(quick.at).pathname).toBe(BASIC_CLIENT.redirectUri);
    expect(new URL(quick.at).searchParams.get('code')).toBeTruthy();

    // A fresh browser asks for the phone number but skips the consent.
    const fresh = new InjectBrowser(t);
    const first = await fresh.go(again.href);
    expect(formAction(first.res.body)).not.toContain('/consent');

    // Withdrawn in the app: the next login shows the consent page again.
    const list = await b.go(`/app/logins?phone=${KARI.phone}`);
    expect(list.res.body).toContain('Fjellbakeriet Nett');
    const csrf = /name="csrf" value="([^"]+)"/.exec(list.res.body)![1]!;
    await b.go('/app/logins/withdraw', 'POST', { csrf, phone: KARI.phone, clientId: BASIC_CLIENT.clientId });
    const asked = await b.go(again.href);
    expect(asked.at).toContain('/app/login/');
    expect(formAction(asked.res.body)).toMatch(/\/consent$/);
  });
});
