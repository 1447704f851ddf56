// One person, one `sub` per sales unit: Login at two units gives two subs; Login and
// ePayment profile sharing at the same unit give the same one, which Userinfo by sub
// answers to that unit and to no other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { BASIC_CLIENT, InjectBrowser, KARI, POST_CLIENT, discover, loginThroughApp } from '../../support/login.js';
import { create, getPayment, merchant, partner, payerDecides } from '../../support/payments.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function loginSub(client: typeof BASIC_CLIENT, auth: 'basic' | 'post', scope = 'openid'): Promise<{ sub: string; info: oidc.UserInfoResponse }> {
  const config = await discover(t, client, auth);
  const state = oidc.randomState();
  const url = oidc.buildAuthorizationUrl(config, { redirect_uri: client.redirectUri, scope, state });
  const back = await loginThroughApp(new InjectBrowser(t), url.href, KARI.phone);
  const tokens = await oidc.authorizationCodeGrant(config, back, { expectedState: state, idTokenExpected: true });
  const sub = tokens.claims()!.sub;
  return { sub, info: await oidc.fetchUserInfo(config, tokens.access_token, sub) };
}

async function profileSub(headers: () => Promise<Record<string, string>>, msn: string) {
  const { reference } = await create(t, await headers(), { profile: { scope: 'name' } });
  await payerDecides(t, msn, reference, 'approve');
  return (await getPayment(t, await headers(), reference)).json().profile.sub as string;
}

describe('sub per sales unit', () => {
  it('gives the same person a different sub at each unit, and the same one on every login at one unit', async () => {
    const atBasic = await loginSub(BASIC_CLIENT, 'basic');
    const atPost = await loginSub(POST_CLIENT, 'post');
    expect(atBasic.sub).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(atPost.sub).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(atBasic.sub).not.toBe(atPost.sub);
    expect(atBasic.info.sub).toBe(atBasic.sub);
    expect((await loginSub(BASIC_CLIENT, 'basic')).sub).toBe(atBasic.sub);
  });

  it('gives ePayment profile sharing and Login the same sub at one unit (merchant keys and partner keys)', async () => {
    const login312 = (await loginSub(POST_CLIENT, 'post')).sub;
    const login212 = (await loginSub(BASIC_CLIENT, 'basic')).sub;
    expect(await profileSub(() => merchant(t), DEMO.units.noPartner)).toBe(login312);
    expect(await profileSub(() => partner(t), DEMO.units.partnerNett)).toBe(login212);
  });

  it('answers Userinfo by sub only to the unit the sub belongs to', async () => {
    const sub312 = await profileSub(() => merchant(t), DEMO.units.noPartner);
    const sub212 = await profileSub(() => partner(t), DEMO.units.partnerNett);
    const own = await t.inject({ method: 'GET', url: `/vipps-userinfo-api/userinfo/${sub312}`, headers: await merchant(t) });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ sub: sub312, name: KARI.name });
    // The partner's unit 212345 asks with the sub Kari has at 312345: not its user.
    const other = await t.inject({ method: 'GET', url: `/vipps-userinfo-api/userinfo/${sub312}`, headers: await partner(t) });
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain(KARI.name);
    const back = await t.inject({ method: 'GET', url: `/vipps-userinfo-api/userinfo/${sub212}`, headers: await merchant(t) });
    expect(back.statusCode).toBe(404);
  });
});
