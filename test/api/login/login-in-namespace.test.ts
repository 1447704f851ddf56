// Login inside a namespace stays in it: the namespace's OpenID configuration names its own
// issuer and endpoints under /ns/NAME/, the authorize endpoint sends the browser to the
// namespace's payer's app, and the code, tokens and Userinfo come from the namespace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { startTestApp, type TestApp } from '../../support/app.js';
import { BASIC_CLIENT, csrfOf, injectFetch, InjectBrowser, ISSUER, KARI } from '../../support/login.js';

const NS_ISSUER = 'http://vpp.test/ns/login-ns/access-management-1.0/access/';
const nsFormAction = (html: string) => /<form method="post" action="(\/ns\/login-ns\/app\/login\/[^"]+)"/.exec(html)?.[1] ?? '';

describe('Login in a namespace', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    expect((await t.inject({ method: 'POST', url: '/_sim/namespaces', payload: { name: 'login-ns' } })).statusCode).toBe(201);
  });
  afterAll(() => t.close());

  it("names the namespace's own issuer and endpoints; the main world's are unchanged", async () => {
    const host = { host: 'vpp.test' };
    const ns = (await t.inject({ method: 'GET', url: '/ns/login-ns/access-management-1.0/access/.well-known/openid-configuration', headers: host })).json();
    expect(ns.issuer).toBe(NS_ISSUER);
    expect(ns.authorization_endpoint).toBe(`${NS_ISSUER}oauth2/auth`);
    expect(ns.token_endpoint).toBe(`${NS_ISSUER}oauth2/token`);
    const main = (await t.inject({ method: 'GET', url: '/access-management-1.0/access/.well-known/openid-configuration', headers: host })).json();
    expect(main.issuer).toBe(ISSUER);
    expect(main.authorization_endpoint).toBe(`${ISSUER}oauth2/auth`);
  });

  it('logs a person in through the namespace from start to Userinfo, never leaving it', async () => {
    const config = await oidc.discovery(new URL(NS_ISSUER), BASIC_CLIENT.clientId, undefined, oidc.ClientSecretBasic(BASIC_CLIENT.clientSecret), {
      execute: [oidc.allowInsecureRequests],
      [oidc.customFetch]: injectFetch(t),
    });
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const url = oidc.buildAuthorizationUrl(config, { redirect_uri: BASIC_CLIENT.redirectUri, scope: 'openid name', state, code_challenge: await oidc.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256' });
    const b = new InjectBrowser(t);
    const visited: string[] = [];
    const go = async (u: string, method: 'GET' | 'POST' = 'GET', form?: Record<string, string>) => {
      const r = await b.go(u, method, form);
      visited.push(new URL(r.at).pathname);
      return r;
    };
    const start = await go(url.href);
    expect(new URL(start.at).pathname).toMatch(/^\/ns\/login-ns\/app\/login\//);
    let page = start.res.body;
    if (!nsFormAction(page).endsWith('/consent')) page = (await go(nsFormAction(page), 'POST', { csrf: csrfOf(page), phone: KARI.phone })).res.body;
    const done = await go(nsFormAction(page), 'POST', { csrf: csrfOf(page), phone: KARI.phone, decision: 'accept' });
    const back = new URL(done.at);
    expect(back.origin + back.pathname).toBe(BASIC_CLIENT.redirectUri);
    // Every page of vpp the browser saw was the namespace's.
    for (const path of visited.slice(0, -1)) expect(path).toMatch(/^\/ns\/login-ns\//);

    const tokens = await oidc.authorizationCodeGrant(config, back, { pkceCodeVerifier: verifier, expectedState: state, idTokenExpected: true });
    expect(tokens.claims()!.iss).toBe(NS_ISSUER);
    const info = await oidc.fetchUserInfo(config, tokens.access_token, tokens.claims()!.sub);
    expect(info.name).toBe(KARI.name);
    // The namespace's token means nothing to the main world.
    const mainInfo = await t.inject({ method: 'GET', url: '/vipps-userinfo-api/userinfo', headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(mainInfo.statusCode).toBe(401);
  });
});
