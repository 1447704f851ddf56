// Helpers for Login API tests: openid-client (a real OpenID Connect client library) talking
// to the in-process app through inject, the demo world's Login clients and people.
import * as oidc from 'openid-client';
import type { TestApp } from './app.js';
import { DEMO } from './demo.js';

export const ISSUER = 'http://vpp.test/access-management-1.0/access/';

const unit = (msn: string) => DEMO.world.salesUnits!.find((u) => u.msn === msn)!;
/** Fjellbakeriet Nett (212345, partner Fjordkassa): client_secret_basic. */
export const BASIC_CLIENT = {
  msn: '212345',
  clientId: unit('212345').login!.clientId!,
  clientSecret: unit('212345').login!.clientSecret!,
  redirectUri: 'https://fjellbakeriet.example/login/callback',
};
/** Havblikk Sjømat (312345, no partner): client_secret_post. */
export const POST_CLIENT = {
  msn: '312345',
  clientId: unit('312345').login!.clientId!,
  clientSecret: unit('312345').login!.clientSecret!,
  redirectUri: 'https://havblikk.example/login/callback',
};
export const KARI = { phone: '4791234567', name: 'Kari Nordmann' };

/** fetch for openid-client that answers through the app in-process. */
export function injectFetch(t: TestApp) {
  return async (input: string, init: { method: string; headers: Record<string, string>; body?: unknown }): Promise<Response> => {
    const url = new URL(input);
    const body = init.body === undefined || init.body === null ? undefined : init.body instanceof URLSearchParams ? init.body.toString() : String(init.body);
    const res = await t.inject({ method: init.method as 'GET', url: url.pathname + url.search, headers: { host: url.host, ...init.headers }, payload: body });
    const out = new Headers();
    for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) out.set(k, Array.isArray(v) ? v.join(', ') : String(v));
    return new Response(res.statusCode === 204 || res.statusCode === 304 ? null : new Uint8Array(res.rawPayload), { status: res.statusCode, headers: out });
  };
}

/** openid-client's configuration for a client, discovered from vpp. */
export async function discover(t: TestApp, c: { clientId: string; clientSecret: string }, auth: 'basic' | 'post' = 'basic'): Promise<oidc.Configuration> {
  return oidc.discovery(new URL(ISSUER), c.clientId, undefined, auth === 'basic' ? oidc.ClientSecretBasic(c.clientSecret) : oidc.ClientSecretPost(c.clientSecret), {
    execute: [oidc.allowInsecureRequests],
    [oidc.customFetch]: injectFetch(t),
  });
}

/** A browser without a browser: follows redirects through the app and keeps cookies. */
export class InjectBrowser {
  readonly cookies = new Map<string, string>();
  constructor(private readonly t: TestApp) {}

  private keep(setCookie: string | string[] | undefined) {
    for (const c of ([] as string[]).concat(setCookie ?? [])) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1);
      if (/expires=Thu, 01 Jan 1970/i.test(c) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(method: 'GET' | 'POST', url: string, form?: Record<string, string>) {
    const u = new URL(url, 'http://vpp.test');
    const res = await this.t.inject({
      method,
      url: u.pathname + u.search,
      headers: {
        host: u.host,
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      payload: form ? new URLSearchParams(form).toString() : undefined,
    });
    this.keep(res.headers['set-cookie'] as string | string[] | undefined);
    return res;
  }

  /** GETs the URL and follows redirects within vpp; returns the last answer and where it is. */
  async go(url: string, method: 'GET' | 'POST' = 'GET', form?: Record<string, string>) {
    let res = await this.request(method, url, form);
    let at = new URL(url, 'http://vpp.test').href;
    for (let hops = 0; hops < 10 && res.statusCode >= 300 && res.statusCode < 400; hops++) {
      at = new URL(String(res.headers.location), at).href;
      if (new URL(at).host !== 'vpp.test') break; // back at the merchant
      res = await this.request('GET', at);
    }
    return { res, at };
  }
}

/** The hidden csrf field of a page. */
export const csrfOf = (html: string) => /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
/** The path of the Login page's form. */
export const formAction = (html: string) => /<form method="post" action="(\/app\/login\/[^"]+)"/.exec(html)?.[1] ?? '';

/** Logs in through the app's pages as the person with this phone; returns the URL the browser ends on. */
export async function loginThroughApp(b: InjectBrowser, authorizeUrl: string, phone: string, decision: 'accept' | 'refuse' = 'accept'): Promise<URL> {
  const start = await b.go(authorizeUrl);
  if (!start.at.includes('/app/login/')) return new URL(start.at);
  let page = start.res.body;
  if (!formAction(page).endsWith('/consent')) {
    const next = await b.go(formAction(page), 'POST', { csrf: csrfOf(page), phone });
    if (!next.at.includes('/app/login/')) return new URL(next.at);
    page = next.res.body;
  }
  const done = await b.go(formAction(page), 'POST', { csrf: csrfOf(page), phone, decision });
  return new URL(done.at);
}

/** Basic authorization header of a Login client. */
export const basicAuth = (c: { clientId: string; clientSecret: string }) =>
  `Basic ${Buffer.from(`${encodeURIComponent(c.clientId)}:${encodeURIComponent(c.clientSecret)}`).toString('base64')}`;

/** A raw token or CIBA request (form body), answered through inject. */
export async function postForm(t: TestApp, url: string, form: Record<string, string>, headers: Record<string, string> = {}) {
  return t.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, payload: new URLSearchParams(form).toString() });
}

export const TOKEN_PATH = '/access-management-1.0/access/oauth2/token';
export const CIBA_PATH = '/vipps-login-ciba/api/backchannel/authentication';
export const CIBA_GRANT = 'urn:openid:params:grant-type:ciba';

/** The person answers a login from phone number in the payer's app. */
export async function answerCiba(t: TestApp, phone: string, authReqId: string, decision: 'accept' | 'refuse') {
  const b = new InjectBrowser(t);
  const page = await b.go(`/app/logins?phone=${phone}`);
  if (!page.res.body.includes(authReqId)) throw new Error(`login request ${authReqId} is not shown to ${phone}`);
  return b.go('/app/logins/answer', 'POST', { csrf: csrfOf(page.res.body), phone, authReqId, decision });
}

/** The claims of an ID token whose RS256 signature checks out against a key of vpp's JWKS. */
export async function verifiedIdToken(t: TestApp, idToken: string): Promise<Record<string, unknown>> {
  const { createPublicKey, verify } = await import('node:crypto');
  const [h, p, s] = idToken.split('.') as [string, string, string];
  const header = JSON.parse(Buffer.from(h, 'base64url').toString()) as { alg: string; kid: string };
  const jwks = (await t.inject({ method: 'GET', url: '/access-management-1.0/access/.well-known/jwks.json' })).json() as { keys: { kid: string }[] };
  const jwk = jwks.keys.find((k) => k.kid === header.kid);
  if (header.alg !== 'RS256' || !jwk) throw new Error('ID token not signed by a key of the JWKS');
  if (!verify('RSA-SHA256', Buffer.from(`${h}.${p}`), createPublicKey({ key: jwk as never, format: 'jwk' }), Buffer.from(s, 'base64url'))) throw new Error('bad signature');
  return JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>;
}
