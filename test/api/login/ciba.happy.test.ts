// Login from phone number (CIBA): the merchant starts a login for a phone number, polls the
// token endpoint, the person confirms in the payer's app, and openid-client gets the
// tokens; the confirmation code (binding_message) is shown in the app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { startTestApp, type TestApp } from '../../support/app.js';
import { BASIC_CLIENT, CIBA_GRANT, InjectBrowser, KARI, TOKEN_PATH, answerCiba, basicAuth, discover, postForm } from '../../support/login.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('Login from phone number (CIBA)', () => {
  it('answers authorization_pending until the person confirms in the app, then issues tokens for the consented scopes', async () => {
    const config = await discover(t, BASIC_CLIENT);
    oidc.enableNonRepudiationChecks(config);
    const started = await oidc.initiateBackchannelAuthentication(config, {
      scope: 'openid name phoneNumber',
      login_hint: `urn:msisdn:${KARI.phone}`,
      binding_message: '4MZ-CQ3',
    });
    expect(started.expires_in).toBe(600);
    expect(started.interval).toBe(5);

    const pending = await postForm(t, TOKEN_PATH, { grant_type: CIBA_GRANT, auth_req_id: started.auth_req_id }, { authorization: basicAuth(BASIC_CLIENT) });
    expect(pending.statusCode).toBe(400);
    expect(pending.json()).toMatchObject({ error: 'authorization_pending', error_code: 400 });

    const app = await new InjectBrowser(t).go(`/app/logins?phone=${KARI.phone}`);
    expect(app.res.body).toContain('Fjellbakeriet Nett wants you to log in');
    expect(app.res.body).toContain('4MZ-CQ3');
    await answerCiba(t, KARI.phone, started.auth_req_id, 'accept');

    const tokens = await oidc.pollBackchannelAuthenticationGrant(config, started);
    const claims = tokens.claims()!;
    expect(claims.msn).toBe(BASIC_CLIENT.msn);
    expect(claims['urn:openid:params:jwt:claim:auth_req_id']).toBe(started.auth_req_id);
    const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
    expect(info).toMatchObject({ name: KARI.name, phone_number: KARI.phone });
    expect(info).not.toHaveProperty('email');

    // Answered: no longer listed in the app.
    const after = await new InjectBrowser(t).go(`/app/logins?phone=${KARI.phone}`);
    expect(after.res.body).not.toContain(started.auth_req_id);
  });
});
