// Partner keys for Login refuse what the platform refuses: the partner's own client
// secret at the token and CIBA endpoints (also for the redirect-to-browser grant), a missing Merchant-Serial-Number, a unit of another
// partner, merchant keys in place of a Login client, and any use in test mode.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { BASIC_CLIENT, CIBA_PATH, KARI, TOKEN_PATH, answerCiba, basicAuth, postForm } from '../../support/login.js';

const ciba = { scope: 'openid', login_hint: `urn:msisdn:${KARI.phone}` };

describe('partner keys for Login (production mode)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses the partner\'s own client_id and secret (client_secret_basic and _post)', async () => {
    const basic = await postForm(t, CIBA_PATH, ciba, { authorization: basicAuth(DEMO.partnerKeys), 'merchant-serial-number': BASIC_CLIENT.msn });
    expect(basic.statusCode).toBe(401);
    expect(basic.json().error).toBe('invalid_client');
    const post = await postForm(t, CIBA_PATH, { ...ciba, client_id: DEMO.partnerKeys.clientId, client_secret: DEMO.partnerKeys.clientSecret });
    expect(post.statusCode).toBe(401);
    expect(post.json().error).toBe('invalid_client');
  });

  it('refuses client secrets on the redirect-to-browser grant, and other partners, leaving the code usable', async () => {
    const partner = { authorization: `Bearer ${await t.token(DEMO.partnerKeys)}`, 'merchant-serial-number': BASIC_CLIENT.msn };
    const ownSecret = await postForm(t, CIBA_PATH, { ...ciba, requested_flow: 'login_to_webpage', redirect_uri: BASIC_CLIENT.redirectUri }, { authorization: basicAuth(DEMO.partnerKeys), 'merchant-serial-number': BASIC_CLIENT.msn });
    expect(ownSecret.statusCode).toBe(401);
    expect(ownSecret.json().error).toBe('invalid_client');
    const started = await postForm(t, CIBA_PATH, { ...ciba, requested_flow: 'login_to_webpage', redirect_uri: BASIC_CLIENT.redirectUri }, partner);
    expect(started.statusCode, started.body).toBe(200);
    const answered = await answerCiba(t, KARI.phone, started.json().auth_req_id, 'accept');
    const code = new URL(answered.at).searchParams.get('code')!;
    const grant = { grant_type: 'urn:vipps:params:grant-type:ciba-redirect', code };

    const basic = await postForm(t, TOKEN_PATH, grant, { authorization: basicAuth(DEMO.partnerKeys), 'merchant-serial-number': BASIC_CLIENT.msn });
    expect(basic.statusCode).toBe(401);
    expect(basic.json()).toMatchObject({ error: 'invalid_client', error_code: 401 });
    const post = await postForm(t, TOKEN_PATH, { ...grant, client_id: DEMO.partnerKeys.clientId, client_secret: DEMO.partnerKeys.clientSecret }, { 'merchant-serial-number': BASIC_CLIENT.msn });
    expect(post.statusCode).toBe(401);
    expect(post.json().error).toBe('invalid_client');
    const other = await postForm(t, TOKEN_PATH, grant, { authorization: `Bearer ${await t.token(DEMO.otherPartnerKeys)}`, 'merchant-serial-number': BASIC_CLIENT.msn });
    expect(other.statusCode).toBe(403);
    for (const r of [basic, post, other]) expect(r.body).not.toContain('access_token');

    const ok = await postForm(t, TOKEN_PATH, grant, partner);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().id_token).toBeTruthy();
  });

  it('refuses a partner token without Merchant-Serial-Number, or for another partner\'s unit', async () => {
    const bearer = `Bearer ${await t.token(DEMO.partnerKeys)}`;
    const noMsn = await postForm(t, CIBA_PATH, ciba, { authorization: bearer });
    expect(noMsn.statusCode).toBe(403);
    expect(noMsn.json().error_description).toContain('Merchant-Serial-Number');
    const other = await postForm(t, CIBA_PATH, ciba, { authorization: `Bearer ${await t.token(DEMO.otherPartnerKeys)}`, 'merchant-serial-number': BASIC_CLIENT.msn });
    expect(other.statusCode).toBe(403);
    expect(other.json().error).toBe('invalid_client');
    const unknown = await postForm(t, CIBA_PATH, ciba, { authorization: bearer, 'merchant-serial-number': '312345' });
    expect(unknown.statusCode).toBe(403);
  });

  it('refuses merchant keys\' access token and a forged token', async () => {
    const merchant = await postForm(t, CIBA_PATH, ciba, { authorization: `Bearer ${await t.token(DEMO.merchantKeys)}` });
    expect(merchant.statusCode).toBe(403);
    const forged = await postForm(t, CIBA_PATH, ciba, { authorization: 'Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln', 'merchant-serial-number': BASIC_CLIENT.msn });
    expect(forged.statusCode).toBe(401);
    expect(forged.json().error).toBe('invalid_token');
  });
});

describe('partner keys for Login in test mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { mode: 'test' } });
  });
  afterAll(() => t.close());

  it('refuses ?msn=: partner keys work only in production (the Access Token API gives partner keys no token in test mode)', async () => {
    const q = new URLSearchParams({ msn: BASIC_CLIENT.msn, response_type: 'code', scope: 'openid', redirect_uri: BASIC_CLIENT.redirectUri });
    const auth = await t.inject({ method: 'GET', url: `/access-management-1.0/access/oauth2/auth?${q}` });
    expect(auth.statusCode).toBe(400);
    expect(auth.body).toContain('production');
  });
});
