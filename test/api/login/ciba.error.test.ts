// CIBA's documented errors: slow_down for polling faster than the interval, access_denied
// when the person refuses, expired_token once the request's time has passed on the
// simulated clock, and refused requests (unknown phone number, bad hint, bad binding message).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { BASIC_CLIENT, CIBA_GRANT, CIBA_PATH, KARI, POST_CLIENT, TOKEN_PATH, answerCiba, basicAuth, postForm } from '../../support/login.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const auth = { authorization: basicAuth(BASIC_CLIENT) };
const start = async (form: Record<string, string> = {}) => postForm(t, CIBA_PATH, { scope: 'openid name', login_hint: `urn:msisdn:${KARI.phone}`, ...form }, auth);
const poll = (id: string) => postForm(t, TOKEN_PATH, { grant_type: CIBA_GRANT, auth_req_id: id }, auth);
const advance = (seconds: number) => t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: seconds } });

describe('CIBA errors', () => {
  it('tells a client that polls sooner than the interval to slow down', async () => {
    const id = (await start()).json().auth_req_id as string;
    expect((await poll(id)).json().error).toBe('authorization_pending');
    expect((await poll(id)).json()).toMatchObject({ error: 'slow_down', error_code: 400 });
    await advance(5);
    expect((await poll(id)).json().error).toBe('authorization_pending');
  });

  it('answers access_denied when the person refuses in the app', async () => {
    const id = (await start()).json().auth_req_id as string;
    await answerCiba(t, KARI.phone, id, 'refuse');
    const res = await poll(id);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'access_denied' });
  });

  it('answers expired_token once the request has expired on the simulated clock', async () => {
    const id = (await start()).json().auth_req_id as string;
    expect((await advance(601)).statusCode).toBeLessThan(300);
    const res = await poll(id);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'expired_token' });
  });

  it('refuses a phone number no user has, a hint that is not a phone number and a malformed binding message', async () => {
    const unknown = await start({ login_hint: 'urn:msisdn:4799999999' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ error: 'unknown_user_id' });
    expect(unknown.json().error_description).toContain('invalid_user');

    const badHint = await start({ login_hint: 'kari@example.com' });
    expect(badHint.statusCode).toBe(400);
    expect(badHint.json()).toMatchObject({ error: 'invalid_request' });
    expect(badHint.json().error_description).toContain('urn:msisdn:');

    const badBinding = await start({ binding_message: 'lower case!' });
    expect(badBinding.statusCode).toBe(400);
    expect(badBinding.json().error).toBe('invalid_binding_message');
  });

  it('refuses a request without client authentication or with a wrong secret', async () => {
    const none = await postForm(t, CIBA_PATH, { scope: 'openid', login_hint: `urn:msisdn:${KARI.phone}` });
    expect(none.statusCode).toBe(400);
    expect(none.json().error).toBe('invalid_request');
    const wrong = await postForm(t, CIBA_PATH, { scope: 'openid', login_hint: `urn:msisdn:${KARI.phone}` }, { authorization: basicAuth({ ...BASIC_CLIENT, clientSecret: 'not-the-secret-at-all' }) });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ error: 'invalid_client', error_code: 401 });
  });

  it('answers a poll of a pending request only to its own client, with the right secret sent the registered way', async () => {
    const id = (await start()).json().auth_req_id as string;
    const as = (headers: Record<string, string>, extra: Record<string, string> = {}) => postForm(t, TOKEN_PATH, { grant_type: CIBA_GRANT, auth_req_id: id, ...extra }, headers);
    const wrong = await as({ authorization: basicAuth({ ...BASIC_CLIENT, clientSecret: 'not-the-secret-at-all' }) });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ error: 'invalid_client', error_code: 401 });
    const other = await as({ authorization: basicAuth(POST_CLIENT) });
    expect(other.json().error).not.toBe('authorization_pending');
    const otherPost = await as({}, { client_id: POST_CLIENT.clientId, client_secret: POST_CLIENT.clientSecret });
    expect(otherPost.statusCode).toBe(400);
    expect(otherPost.json().error).toBe('invalid_grant');
    const both = await as({ authorization: basicAuth(BASIC_CLIENT) }, { client_secret: BASIC_CLIENT.clientSecret });
    expect(both.statusCode).toBe(400);
    expect(both.json().error).toBe('invalid_request');
    // None of these counted as a poll: the client's own first poll is pending, not slow_down.
    const own = await poll(id);
    expect(own.statusCode).toBe(400);
    expect(own.headers['cache-control']).toBe('no-store');
    expect(own.json()).toMatchObject({ error: 'authorization_pending', error_code: 400 });
  });

  it('answers an unknown auth_req_id invalid_grant', async () => {
    const res = await poll('no-such-request-id');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('invalid_grant');
  });
});
