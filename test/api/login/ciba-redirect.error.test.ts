// Redirect to browser refused: an unregistered redirect URI, a missing one, an unknown
// requested_flow; a code that expired on the simulated clock, a made-up one, and a code
// presented by another client or without the client's secret (which leave it usable).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { BASIC_CLIENT, CIBA_PATH, KARI, POST_CLIENT, TOKEN_PATH, answerCiba, basicAuth, postForm } from '../../support/login.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const REDIRECT_GRANT = 'urn:vipps:params:grant-type:ciba-redirect';
const auth = { authorization: basicAuth(BASIC_CLIENT) };
const start = (form: Record<string, string>) =>
  postForm(t, CIBA_PATH, { scope: 'openid name', login_hint: `urn:msisdn:${KARI.phone}`, requested_flow: 'login_to_webpage', redirect_uri: BASIC_CLIENT.redirectUri, ...form }, auth);

async function codeFor(): Promise<string> {
  const res = await start({});
  expect(res.statusCode).toBe(200);
  const answered = await answerCiba(t, KARI.phone, res.json().auth_req_id, 'accept');
  return new URL(answered.at).searchParams.get('code')!;
}

describe('redirect to browser errors', () => {
  it('refuses an unregistered or missing redirect_uri and an unknown requested_flow, starting nothing', async () => {
    const evil = await start({ redirect_uri: 'https://evil.example/steal' });
    expect(evil.statusCode).toBe(400);
    expect(evil.json()).toMatchObject({ error: 'invalid_request', error_code: 400 });
    expect(evil.json().error_description).toContain('not registered');
    const missing = await start({ redirect_uri: '' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error_description).toContain('redirect_uri is required');
    const flow = await start({ requested_flow: 'login_to_somewhere' });
    expect(flow.statusCode).toBe(400);
    expect(flow.json().error_description).toContain('requested_flow');
    const app = await t.inject({ method: 'GET', url: `/app/logins?phone=${KARI.phone}` });
    expect(app.body).not.toContain('Fjellbakeriet Nett wants you to log in');
  });

  it('refuses a made-up code, an expired one, and a code presented by another client', async () => {
    const made = await postForm(t, TOKEN_PATH, { grant_type: REDIRECT_GRANT, code: 'made-up-code' }, auth);
    expect(made.statusCode).toBe(400);
    expect(made.json()).toMatchObject({ error: 'invalid_grant', error_code: 400 });

    const expired = await codeFor();
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 301 } });
    expect((await postForm(t, TOKEN_PATH, { grant_type: REDIRECT_GRANT, code: expired }, auth)).json().error).toBe('invalid_grant');

    const stolen = await codeFor();
    const other = await postForm(t, TOKEN_PATH, { grant_type: REDIRECT_GRANT, code: stolen, client_id: POST_CLIENT.clientId, client_secret: POST_CLIENT.clientSecret });
    expect(other.statusCode).toBe(400);
    expect(other.json().error).toBe('invalid_grant');
    expect(other.body).not.toContain('access_token');
    // Another client's attempt does not use the code up for the client that started the login.
    const owner = await postForm(t, TOKEN_PATH, { grant_type: REDIRECT_GRANT, code: stolen }, auth);
    expect(owner.statusCode, owner.body).toBe(200);
  });

  it('refuses the redirect grant without client authentication or with a wrong secret, leaving the code usable', async () => {
    const code = await codeFor();
    const res = await postForm(t, TOKEN_PATH, { grant_type: REDIRECT_GRANT, code });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: 'invalid_client', error_code: 401 });
    expect(res.body).not.toContain('access_token');
    const wrong = await postForm(t, TOKEN_PATH, { grant_type: REDIRECT_GRANT, code }, { authorization: basicAuth({ ...BASIC_CLIENT, clientSecret: 'not-the-secret' }) });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.body).not.toContain('access_token');
    const owner = await postForm(t, TOKEN_PATH, { grant_type: REDIRECT_GRANT, code }, auth);
    expect(owner.statusCode, owner.body).toBe(200);
  });
});
