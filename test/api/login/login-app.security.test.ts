// The payer's app's Login pages refuse forged forms and answers for someone else: a POST
// without the session's form token, a login request answered from another person's number,
// and a login page whose interaction cookie is missing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { BASIC_CLIENT, CIBA_PATH, InjectBrowser, KARI, TOKEN_PATH, CIBA_GRANT, basicAuth, csrfOf, formAction, postForm } from '../../support/login.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const auth = { authorization: basicAuth(BASIC_CLIENT) };
const OLA = '4792345678';

describe('Login pages of the payer\'s app', () => {
  it('refuses a consent posted without the form token, and a login page opened in another browser', async () => {
    const b = new InjectBrowser(t);
    const q = new URLSearchParams({ client_id: BASIC_CLIENT.clientId, response_type: 'code', scope: 'openid name', redirect_uri: BASIC_CLIENT.redirectUri });
    const start = await b.go(`/access-management-1.0/access/oauth2/auth?${q}`);
    const action = formAction(start.res.body);
    const forged = await b.request('POST', action, { phone: KARI.phone });
    expect(forged.statusCode).toBe(403);
    const elsewhere = await new InjectBrowser(t).go(action);
    expect(elsewhere.res.statusCode).toBe(410);
  });

  it('does not let another person answer Kari\'s login from phone number', async () => {
    const id = (await postForm(t, CIBA_PATH, { scope: 'openid name', login_hint: `urn:msisdn:${KARI.phone}` }, auth)).json().auth_req_id as string;
    const b = new InjectBrowser(t);
    const olaPage = await b.go(`/app/logins?phone=${OLA}`);
    expect(olaPage.res.body).not.toContain(id);
    // A valid form token of this browser's session (from Kari's own list), but Ola's number.
    const csrf = csrfOf((await b.go(`/app/logins?phone=${KARI.phone}`)).res.body);
    const answer = await b.go('/app/logins/answer', 'POST', { csrf, phone: OLA, authReqId: id, decision: 'accept' });
    expect(answer.res.statusCode).toBe(410);
    const poll = await postForm(t, TOKEN_PATH, { grant_type: CIBA_GRANT, auth_req_id: id }, auth);
    expect(poll.json().error).toBe('authorization_pending');
  });

  it('does not let another client redeem a CIBA request', async () => {
    const id = (await postForm(t, CIBA_PATH, { scope: 'openid', login_hint: `urn:msisdn:${KARI.phone}` }, auth)).json().auth_req_id as string;
    const { POST_CLIENT } = await import('../../support/login.js');
    const res = await postForm(t, TOKEN_PATH, { grant_type: CIBA_GRANT, auth_req_id: id, client_id: POST_CLIENT.clientId, client_secret: POST_CLIENT.clientSecret });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('invalid_grant');
  });
});
