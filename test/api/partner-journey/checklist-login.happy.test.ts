// A new partner whose Login traffic, made through the real Login API with its partner keys
// (the browser sent to /oauth2/auth?msn=…, the code exchanged with the partner's token),
// meets every item of the Login checklist that vpp judges from traffic.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { startTestApp, type TestApp } from '../../support/app.js';
import { checklistOf, loginClientForTestUnit, newPartnerWithKeys, SYSTEM_HEADERS, type NewPartner } from '../../support/checklist-verdicts.js';
import { InjectBrowser, KARI, loginThroughApp, postForm, TOKEN_PATH, verifiedIdToken } from '../../support/login.js';
import { TINDESPORT } from '../../support/partner-journey.js';

const REDIRECT = 'https://tindesport.example/login/callback';
const AUTHORIZE = '/access-management-1.0/access/oauth2/auth';

describe('Login checklist: traffic that meets every item', () => {
  let t: TestApp;
  let p: NewPartner;
  let idToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    p = await newPartnerWithKeys(t, TINDESPORT);
    await loginClientForTestUnit(t, TINDESPORT, p.msn, REDIRECT);
    const verifier = oidc.randomPKCECodeVerifier();
    const q = new URLSearchParams({ msn: p.msn, response_type: 'code', scope: 'openid name', state: oidc.randomState(), redirect_uri: REDIRECT, code_challenge: await oidc.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256' });
    const back = await loginThroughApp(new InjectBrowser(t), `${AUTHORIZE}?${q}`, KARI.phone);
    expect(back.searchParams.get('code'), back.href).toBeTruthy();
    const headers = { authorization: `Bearer ${await t.token(p.creds)}`, 'merchant-serial-number': p.msn, ...SYSTEM_HEADERS };
    const res = await postForm(t, TOKEN_PATH, { grant_type: 'authorization_code', code: back.searchParams.get('code')!, redirect_uri: REDIRECT, code_verifier: verifier }, headers);
    expect(res.statusCode, res.body).toBe(200);
    idToken = res.json().id_token;
  });
  afterAll(() => t.close());

  it('logged the person in for the partner\'s unit', async () => {
    expect(await verifiedIdToken(t, idToken)).toMatchObject({ msn: p.msn });
  });

  it('judges every traffic item met: the browser\'s authorize requests count as used, not as calls that lack headers', async () => {
    const c = await checklistOf(t, p, 'login');
    expect(c.used).toBe(true);
    expect(c.trafficKeys()).toEqual(['endpoints', 'system-headers', 'repeated-errors']);
    expect(c.item('endpoints')).toMatchObject({ state: 'met', evidence: 'All 2 endpoints used successfully.' });
    expect(c.item('system-headers')).toMatchObject({ state: 'met', evidence: '1 of 1 calls (100%) sent the Vipps-System-* headers.' });
    expect(c.item('repeated-errors')).toMatchObject({ state: 'met', evidence: 'No error responses.' });
  });

  it('leaves the public discovery documents and the rest to attachments: not all met yet', async () => {
    const c = await checklistOf(t, p, 'login');
    expect(c.allMet).toBe(false);
    expect(c.item('discovery-and-keys')).toMatchObject({ judgedFrom: 'attachment', state: 'not_yet' });
  });
});
