import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { DEMO } from '../support/demo.js';
import { create, getPayment, partner, PAYER } from '../support/payments.js';
import { textOf } from '../support/portal-session.js';

describe("the payer's app (server-rendered pages)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const landingPath = (redirectUrl: string) => new URL(redirectUrl).pathname + new URL(redirectUrl).search;
  const tokenOf = (redirectUrl: string) => new URL(redirectUrl).searchParams.get('token')!;

  /** GETs a page the way a browser does; returns the session cookie and the form token. */
  async function open(path: string) {
    const res = await t.inject({ method: 'GET', url: path });
    const cookie = String(res.headers['set-cookie'] ?? '').split(';')[0]!;
    const csrf = /name="csrf" value="([^"]+)"/.exec(res.body)?.[1];
    return { res, cookie, csrf };
  }
  const post = (cookie: string, form: Record<string, string>) =>
    t.inject({ method: 'POST', url: '/app/landing', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(form).toString() });
  const state = async (reference: string) => (await getPayment(t, await partner(t), reference)).json().state;

  it('the landing page shows the sales unit, the amount and the description, escaped', async () => {
    const { body } = await create(t, await partner(t), { amount: { currency: 'NOK', value: 6000 }, paymentDescription: 'Bread <script>alert(1)</script>' });
    const { res, cookie, csrf } = await open(landingPath(body.redirectUrl!));
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.body).toContain('Fjellbakeriet Nett');
    expect(res.body).toContain('60.00 NOK');
    expect(res.body).toContain('Bread &lt;script>alert(1)&lt;/script>');
    expect(res.body).not.toContain('<script>alert(1)');
    expect(cookie).toMatch(/^vpp_app_session=/);
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Lax/);
    expect(csrf).toBeTruthy();
  });

  it('approving confirms it to the payer, with the way back to returnUrl; the payment is AUTHORIZED for that phone', async () => {
    const { reference, body } = await create(t, await partner(t), { amount: { currency: 'NOK', value: 6000 }, returnUrl: 'https://shop.example/return?order=7' });
    const { cookie, csrf } = await open(landingPath(body.redirectUrl!));
    const res = await post(cookie, { token: tokenOf(body.redirectUrl!), csrf: csrf!, phone: '+47 912 34 567', decision: 'approve' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/app/landing?token=${tokenOf(body.redirectUrl!)}`);
    const confirmation = (await t.inject({ method: 'GET', url: res.headers.location as string, headers: { cookie } })).body;
    expect(textOf(confirmation)).toContain('✓ Payment approved');
    expect(textOf(confirmation)).toContain('You approved this payment. 60.00 NOK to Fjellbakeriet Nett, from 4791234567.');
    expect(confirmation).toContain('<a class="button" href="https://shop.example/return?order=7">Back to the merchant</a>');
    // …and, as the real app does, returns to the merchant by itself a moment later.
    expect(confirmation).toContain('<meta http-equiv="refresh" content="3;url=https://shop.example/return?order=7"/>');
    expect(confirmation).not.toContain('name="decision"');
    expect(await state(reference)).toBe('AUTHORIZED');
    const sim = (await t.inject({ method: 'GET', url: `/_sim/payments/${DEMO.units.partnerNett}/${reference}` })).json();
    expect(sim.payerPhoneNumber).toBe(PAYER);
  });

  it('rejecting makes it ABORTED, confirmed to the payer, who can return to the merchant', async () => {
    const { reference, body } = await create(t, await partner(t), { returnUrl: 'https://shop.example/return?order=8' });
    const { cookie, csrf } = await open(landingPath(body.redirectUrl!));
    const res = await post(cookie, { token: tokenOf(body.redirectUrl!), csrf: csrf!, phone: PAYER, decision: 'reject' });
    expect(res.statusCode).toBe(303);
    expect(await state(reference)).toBe('ABORTED');
    const confirmation = (await t.inject({ method: 'GET', url: res.headers.location as string })).body;
    expect(textOf(confirmation)).toContain('✕ Payment rejected');
    expect(confirmation).toContain('href="https://shop.example/return?order=8"');
    const again = await open(landingPath(body.redirectUrl!));
    expect(again.res.body).toContain('ABORTED');
    expect(again.res.body).not.toContain('name="decision"');
  });

  it('a POST without the session cookie or with another session\'s token is refused (403) and changes nothing', async () => {
    const { reference, body } = await create(t, await partner(t));
    const mine = await open(landingPath(body.redirectUrl!));
    const theirs = await open(landingPath(body.redirectUrl!));
    const form = { token: tokenOf(body.redirectUrl!), phone: PAYER, decision: 'approve' };
    expect((await post('', { ...form, csrf: mine.csrf! })).statusCode).toBe(403);
    expect((await post(theirs.cookie, { ...form, csrf: mine.csrf! })).statusCode).toBe(403);
    expect((await post(mine.cookie, form)).statusCode).toBe(403);
    expect(await state(reference)).toBe('CREATED');
  });

  it('a bad phone number shows the problem on the page (400) and changes nothing', async () => {
    const { reference, body } = await create(t, await partner(t));
    const { cookie, csrf } = await open(landingPath(body.redirectUrl!));
    const res = await post(cookie, { token: tokenOf(body.redirectUrl!), csrf: csrf!, phone: '12', decision: 'approve' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('role="alert"');
    expect(res.body).toContain('MSISDN');
    expect(await state(reference)).toBe('CREATED');
  });

  it('an unknown payment link: 404 page', async () => {
    expect((await t.inject({ method: 'GET', url: '/app/landing?token=AAAAAAAAAAAAAAAAAAAAAAAA' })).statusCode).toBe(404);
    expect((await t.inject({ method: 'GET', url: '/app/landing' })).statusCode).toBe(404);
  });

  it("a phone's list shows its push requests; answering one from the list removes it", async () => {
    const phone = '4792345678';
    const a = await create(t, await partner(t), { userFlow: 'PUSH_MESSAGE', customer: { phoneNumber: phone }, returnUrl: undefined, paymentDescription: 'Birthday cake' });
    const b = await create(t, await partner(t, DEMO.units.partnerKafe), { userFlow: 'PUSH_MESSAGE', customer: { phoneNumber: phone }, returnUrl: undefined });
    const list = await open(`/app?phone=${phone}`);
    expect(list.res.body).toContain(a.reference);
    expect(list.res.body).toContain(b.reference);
    expect(list.res.body).toContain('Birthday cake');
    expect(list.res.body).toContain('Fjellbakeriet Kafe');
    const token = new RegExp(`data-reference="${a.reference}"[\\s\\S]*?name="token" value="([^"]+)"`).exec(list.res.body)![1]!;
    const res = await post(list.cookie, { token, csrf: list.csrf!, phone, decision: 'approve', from: 'list' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/app?phone=${phone}&answered=${token}`);
    const after = await open(res.headers.location as string);
    expect(textOf(after.res.body)).toContain('✓ Payment approved');
    expect(textOf(after.res.body)).toContain('to Fjellbakeriet Nett, from 4792345678.');
    expect(after.res.body).not.toContain(`data-reference="${a.reference}"`);
    expect(after.res.body).toContain(b.reference);
    // Another phone's list does not show this phone's answer.
    const other = await open(`/app?phone=4791234567&answered=${token}`);
    expect(textOf(other.res.body)).not.toContain('Payment approved');
  });

  it('a QR target URL opens its landing page', async () => {
    const { body } = await create(t, await partner(t), { userFlow: 'QR', returnUrl: undefined, qrFormat: { format: 'TEXT/TARGETURL' } });
    const res = await t.inject({ method: 'GET', url: `/app/open?link=${encodeURIComponent(body.redirectUrl!)}` });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/app/landing?token=${tokenOf(body.redirectUrl!)}`);
  });

  it('a payment whose time ran out shows EXPIRED on its landing page', async () => {
    const { body } = await create(t, await partner(t));
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 601 } });
    const { res } = await open(landingPath(body.redirectUrl!));
    expect(res.body).toContain('EXPIRED');
  });
});
