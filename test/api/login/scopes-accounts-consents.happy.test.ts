// The accountNumbers and delegatedConsents scopes: Userinfo answers the person's bank
// accounts from the world file, and the merchant's consents the person accepted, in the
// shapes the Login and Userinfo references document; the consent screen lists both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { startTestApp, type TestApp } from '../../support/app.js';
import { BASIC_CLIENT, InjectBrowser, KARI, answerCiba, discover, loginThroughApp } from '../../support/login.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('accountNumbers and delegatedConsents', () => {
  it('shows both on the consent screen and answers them from Userinfo after a browser login', async () => {
    const config = await discover(t, BASIC_CLIENT);
    const state = oidc.randomState();
    const url = oidc.buildAuthorizationUrl(config, { redirect_uri: BASIC_CLIENT.redirectUri, scope: 'openid accountNumbers delegatedConsents', state });
    const b = new InjectBrowser(t);
    const page = await b.go(url.href);
    const phoneForm = /<form method="post" action="(\/app\/login\/[^"]+)"/.exec(page.res.body)![1]!;
    const consent = await b.go(phoneForm, 'POST', { csrf: /name="csrf" value="([^"]+)"/.exec(page.res.body)![1]!, phone: KARI.phone });
    expect(consent.res.body).toContain('Your bank account numbers');
    expect(consent.res.body).toContain('Receive offers via email (required)');

    const back = await loginThroughApp(b, url.href, KARI.phone);
    const tokens = await oidc.authorizationCodeGrant(config, back, { expectedState: state, idTokenExpected: true });
    const info = await oidc.fetchUserInfo(config, tokens.access_token, tokens.claims()!.sub);
    expect(info.accounts).toEqual([{ account_name: 'Brukskonto', account_number: '15031234562', bank_name: expect.any(String) }]);
    const dc = info.delegatedConsents as Record<string, unknown> & { consents: { id: string; accepted: boolean; required: boolean }[]; links: Record<string, string> };
    expect(dc).toMatchObject({ language: 'EN', heading: 'Give consent', confirmConsentButtonText: 'Confirm' });
    expect(dc.text).toContain('Fjellbakeriet Nett');
    expect(dc.timeOfConsent).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(Object.keys(dc.links).sort()).toEqual(['privacyStatementLinkText', 'privacyStatementLinkUrl', 'termsLinkText', 'termsLinkUrl']);
    expect(dc.consents.map((c) => [c.id, c.accepted, c.required])).toEqual([
      ['email', true, true],
      ['sms', true, false],
      ['digital', true, false],
      ['personal', true, false],
    ]);
    expect(info).not.toHaveProperty('name');
  });

  it('answers an empty account list for a person without accounts, and neither claim without its scope (CIBA)', async () => {
    const config = await discover(t, BASIC_CLIENT);
    const started = await oidc.initiateBackchannelAuthentication(config, { scope: 'openid name accountNumbers', login_hint: 'urn:msisdn:4792345678' });
    await answerCiba(t, '4792345678', started.auth_req_id, 'accept');
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 5 } });
    const tokens = await oidc.pollBackchannelAuthenticationGrant(config, started);
    const info = await oidc.fetchUserInfo(config, tokens.access_token, tokens.claims()!.sub);
    expect(info).toMatchObject({ name: 'Ola Nordmann', accounts: [] });
    expect(info).not.toHaveProperty('delegatedConsents');
  });
});
