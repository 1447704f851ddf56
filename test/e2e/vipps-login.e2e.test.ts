// "Log in with Vipps MobilePay" in Chromium: openid-client builds the authorization URL
// with PKCE, the person types the phone number and consents in the payer's app pages, the
// browser lands on the merchant's redirect URI, and openid-client redeems the code and
// validates the ID token against the JWKS. A second login in the same browser is not asked
// for consent again. Login from phone number with redirect to browser ends in the same
// browser at the merchant.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import type { BrowserContext, Page } from 'playwright-core';
import type { TestApp } from '../support/app.js';
import { closeBrowserApp, openBrowserApp, screenshots } from '../support/browser.js';
import { BASIC_CLIENT, KARI, discover } from '../support/login.js';

describe('Vipps Login in Chromium', () => {
  let t: TestApp;
  let browser: BrowserContext;
  let base: string;
  beforeAll(async () => {
    ({ t, base, browser } = await openBrowserApp());
  });
  afterAll(() => closeBrowserApp({ t, browser }));

  /** The merchant's site: answers its callback so the browser can land there. */
  async function merchantPage(): Promise<Page> {
    const page = await browser.newPage();
    await page.route('https://fjellbakeriet.example/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>Fjellbakeriet: logged in</h1>' }));
    return page;
  }

  /**
   * Where the browser is sent on the merchant's site (which does not exist) after an action:
   * the callback carrying this login's state (not the site's favicon, nor an earlier login).
   */
  async function landing(page: Page, state: string, action: () => Promise<unknown>): Promise<URL> {
    const ours = (r: { url(): string }) => r.url().startsWith(`${BASIC_CLIENT.redirectUri}?`) && new URL(r.url()).searchParams.get('state') === state;
    const [req] = await Promise.all([page.waitForRequest(ours), action().catch(() => undefined)]);
    return new URL(req.url());
  }

  /** The authorization URL, pointed at where the test app listens. */
  async function authorizationUrl(config: oidc.Configuration, scope: string) {
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: BASIC_CLIENT.redirectUri,
      scope,
      state,
      nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    });
    return { href: base + url.pathname + url.search, checks: { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true } };
  }

  it('logs Kari in with consent and skips the consent the second time', async () => {
    const config = await discover(t, BASIC_CLIENT);
    oidc.enableNonRepudiationChecks(config);
    const page = await merchantPage();

    const first = await authorizationUrl(config, 'openid name email');
    await page.goto(first.href);
    expect(await page.getByTestId('merchant').innerText()).toBe('Fjellbakeriet Nett');
    await page.fill('input[name=phone]', KARI.phone);
    await screenshots(page, 'vipps-login-phone');
    await page.getByRole('button', { name: 'Next' }).click();
    expect(await page.getByTestId('scopes').innerText()).toContain('Your email address');
    await screenshots(page, 'vipps-login-consent');
    const back = await landing(page, first.checks.expectedState, () => page.getByRole('button', { name: 'Accept and log in' }).click());
    const tokens = await oidc.authorizationCodeGrant(config, back, first.checks);
    const info = await oidc.fetchUserInfo(config, tokens.access_token, tokens.claims()!.sub);
    expect(info).toMatchObject({ name: KARI.name, email: 'kari.nordmann@fjellbakeriet.example' });

    // Same browser, same scopes: back at the merchant without a page in between.
    const second = await authorizationUrl(config, 'openid name email');
    const backAgain = await landing(page, second.checks.expectedState, () => page.goto(second.href));
    const again = await oidc.authorizationCodeGrant(config, backAgain, second.checks);
    expect(again.claims()!.sub).toBe(tokens.claims()!.sub);
  });

  it('sends the browser back with access_denied when the person refuses', async () => {
    await browser.clearCookies();
    const config = await discover(t, BASIC_CLIENT);
    const page = await merchantPage();
    const { href, checks } = await authorizationUrl(config, 'openid nin');
    await page.goto(href);
    await page.fill('input[name=phone]', KARI.phone);
    await page.getByRole('button', { name: 'Next' }).click();
    const back = await landing(page, checks.expectedState, () => page.getByRole('button', { name: 'Refuse' }).click());
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe(checks.expectedState);
  });

  it('login from phone number with redirect to browser: the person confirms in the app, the browser lands on the merchant with a code', async () => {
    const config = await discover(t, BASIC_CLIENT);
    const started = await oidc.initiateBackchannelAuthentication(config, {
      scope: 'openid name',
      login_hint: `urn:mobilenumber:${KARI.phone.slice(2)}`,
      requested_flow: 'login_to_webpage',
      redirect_uri: BASIC_CLIENT.redirectUri,
    });
    const page = await merchantPage();
    await page.goto(`${base}/app/logins?phone=${KARI.phone}`);
    const card = page.locator(`[data-auth-req-id="${started.auth_req_id}"]`);
    expect(await card.innerText()).toContain('Fjellbakeriet Nett');
    const ours = (r: { url(): string }) => r.url().startsWith(`${BASIC_CLIENT.redirectUri}?code=`);
    const [req] = await Promise.all([page.waitForRequest(ours), card.getByRole('button', { name: 'Confirm login' }).click()]);
    const code = new URL(req.url()).searchParams.get('code')!;
    const tokens = await oidc.genericGrantRequest(config, 'urn:vipps:params:grant-type:ciba-redirect', { code });
    expect(tokens.claims()!['urn:openid:params:jwt:claim:auth_req_id']).toBe(started.auth_req_id);
    const info = await oidc.fetchUserInfo(config, tokens.access_token, tokens.claims()!.sub);
    expect(info).toMatchObject({ name: KARI.name });
  });
});
