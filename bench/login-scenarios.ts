// Login API scenarios: a CIBA poll that is still pending (the merchant's loop while the
// person has not answered) and Userinfo with a Login access token. Uses the demo world's
// Login client of unit 212345 and Kari (4791234567).
import type { Api, Scenario } from './scenarios.js';

const CLIENT = { id: '3b7e6f1c-2d4a-4e8b-9c5f-0a1b2c3d4e51', secret: 'demo-fjellbakeriet-login-secret' };
const PHONE = '4791234567';
const BASIC = `Basic ${Buffer.from(`${CLIENT.id}:${CLIENT.secret}`).toString('base64')}`;
const FORM = { 'content-type': 'application/x-www-form-urlencoded', authorization: BASIC };
const TOKEN = '/access-management-1.0/access/oauth2/token';
const CIBA = '/vipps-login-ciba/api/backchannel/authentication';

async function postForm(api: Api, path: string, form: Record<string, string>) {
  const res = await fetch(api.baseUrl + path, { method: 'POST', headers: FORM, body: new URLSearchParams(form).toString() });
  return { status: res.status, body: (await res.json()) as Record<string, string> };
}

async function startCiba(api: Api, scope: string): Promise<string> {
  const res = await postForm(api, CIBA, { scope, login_hint: `urn:msisdn:${PHONE}` });
  if (res.status !== 200) throw new Error(`CIBA start failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.auth_req_id!;
}

/** Kari confirms in the payer's app, as a person would. */
async function confirm(api: Api, authReqId: string): Promise<void> {
  const page = await fetch(`${api.baseUrl}/app/logins?phone=${PHONE}`);
  const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0]!;
  const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())![1]!;
  const res = await fetch(`${api.baseUrl}/app/logins/answer`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ csrf, phone: PHONE, authReqId, decision: 'accept' }).toString(),
  });
  if (res.status !== 303) throw new Error(`confirming the login failed: ${res.status}`);
}

/** Polls of login requests nobody has answered: 400 authorization_pending (or slow_down). */
export function cibaPollScenario(): Scenario {
  const ids: string[] = [];
  let i = 0;
  return {
    name: 'POST …/oauth2/token (CIBA poll, pending)',
    baseline: 'POST',
    async prepare(api) {
      for (let k = 0; k < 200; k++) ids.push(await startCiba(api, 'openid name'));
    },
    request: () => ({
      method: 'POST',
      path: TOKEN,
      headers: FORM,
      body: `grant_type=urn%3Aopenid%3Aparams%3Agrant-type%3Aciba&auth_req_id=${ids[0]}`,
      setupRequest(req) {
        return { ...req, body: `grant_type=urn%3Aopenid%3Aparams%3Agrant-type%3Aciba&auth_req_id=${ids[i++ % ids.length]}` };
      },
    }),
    async check(api) {
      const res = await postForm(api, TOKEN, { grant_type: 'urn:openid:params:grant-type:ciba', auth_req_id: ids[0]! });
      return res.body.error === 'authorization_pending' || res.body.error === 'slow_down' ? null : `a pending request answered ${JSON.stringify(res.body)}`;
    },
  };
}

/** Userinfo with the access token of a finished login. */
export function userinfoScenario(): Scenario {
  let token = '';
  return {
    name: 'GET /vipps-userinfo-api/userinfo/',
    baseline: 'GET',
    async prepare(api) {
      const id = await startCiba(api, 'openid name email phoneNumber');
      await confirm(api, id);
      const res = await postForm(api, TOKEN, { grant_type: 'urn:openid:params:grant-type:ciba', auth_req_id: id });
      if (res.status !== 200) throw new Error(`no Login access token: ${res.status} ${JSON.stringify(res.body)}`);
      token = res.body.access_token!;
    },
    request: () => ({ method: 'GET', path: '/vipps-userinfo-api/userinfo/', headers: { authorization: `Bearer ${token}` } }),
    async check(api) {
      const res = await fetch(`${api.baseUrl}/vipps-userinfo-api/userinfo/`, { headers: { authorization: `Bearer ${token}` } });
      const body = (await res.json()) as Record<string, unknown>;
      return body.phone_number === PHONE ? null : `Userinfo answered ${res.status} ${JSON.stringify(body)}`;
    },
  };
}

const AUTHORIZE = '/access-management-1.0/access/oauth2/auth';
const REDIRECT_URI = 'https://fjellbakeriet.example/login/callback';

/** A browser's cookie jar, enough for the login pages (paths are ignored). */
class Jar {
  readonly cookies = new Map<string, string>();
  keep(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
  }
  header = () => [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
}

async function step(api: Api, jar: Jar, url: string, form?: Record<string, string>): Promise<Response> {
  const res = await fetch(url.startsWith('http') ? url : api.baseUrl + url, {
    method: form ? 'POST' : 'GET',
    redirect: 'manual',
    headers: { cookie: jar.header(), ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
    body: form ? new URLSearchParams(form).toString() : undefined,
  });
  jar.keep(res);
  return res;
}

/** Authorization codes for Kari: one full login (phone, consent), then the remembered session. */
async function codes(api: Api, n: number): Promise<string[]> {
  const jar = new Jar();
  const url = `${AUTHORIZE}?${new URLSearchParams({ client_id: CLIENT.id, response_type: 'code', scope: 'openid name', redirect_uri: REDIRECT_URI })}`;
  let res = await step(api, jar, url);
  const loginPath = res.headers.get('location')!;
  const page = await (await step(api, jar, loginPath)).text();
  const csrf = /name="csrf" value="([^"]+)"/.exec(page)![1]!;
  // A consent Kari gave before (the CIBA scenarios ask for more) is not asked again: the
  // phone step then redirects straight on.
  res = await step(api, jar, loginPath, { csrf, phone: PHONE });
  if (!res.headers.get('location') && (await res.text()).includes('/consent"')) res = await step(api, jar, `${loginPath}/consent`, { csrf, phone: PHONE, decision: 'accept' });
  const out: string[] = [];
  let next = res.headers.get('location');
  while (next && !next.startsWith(REDIRECT_URI)) next = (await step(api, jar, next)).headers.get('location');
  if (next) out.push(new URL(next).searchParams.get('code')!);
  while (out.length < n) {
    const loc = (await step(api, jar, url)).headers.get('location') ?? '';
    const code = loc.startsWith(REDIRECT_URI) ? new URL(loc).searchParams.get('code') : null;
    if (!code) throw new Error(`no code from the remembered login: ${loc}`);
    out.push(code);
  }
  return out;
}

/** Redeeming authorization codes (client_secret_basic): each code once. */
export function codeExchangeScenario(pool = 4000): Scenario {
  let list: string[] = [];
  let i = 0;
  const body = (code: string) => `grant_type=authorization_code&code=${encodeURIComponent(code)}&redirect_uri=${encodeURIComponent(REDIRECT_URI)}`;
  return {
    name: 'POST …/oauth2/token (code exchange)',
    baseline: 'POST',
    async prepare(api) {
      list = await codes(api, pool);
    },
    request: () => ({
      method: 'POST',
      path: TOKEN,
      headers: FORM,
      body: body(list[0]!),
      setupRequest(req) {
        // Past the pool, codes are used again and refused (non-2xx in the table).
        return { ...req, body: body(list[i++ % list.length]!) };
      },
    }),
    async check(api) {
      const res = await postForm(api, TOKEN, { grant_type: 'authorization_code', code: list[0]!, redirect_uri: REDIRECT_URI });
      return res.body.error === 'invalid_grant' ? null : `a used code answered ${res.status} ${JSON.stringify(res.body)}`;
    },
  };
}
