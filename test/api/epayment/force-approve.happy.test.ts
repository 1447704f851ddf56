import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { create, getEvents, getPayment, merchant, PAYER } from '../../support/payments.js';

describe('POST /epayment/v1/test/payments/{reference}/approve (test mode)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { mode: 'test' } });
  });
  afterAll(() => t.close());

  it('approves a payment for the customer named in the body', async () => {
    const { reference } = await create(t, await merchant(t));
    const res = await t.inject({ method: 'POST', url: `/epayment/v1/test/payments/${reference}/approve`, headers: await merchant(t), payload: { customer: { phoneNumber: PAYER } } });
    expect(res.statusCode).toBe(200);
    const p = (await getPayment(t, await merchant(t), reference)).json();
    expect(p.state).toBe('AUTHORIZED');
    expect(p.aggregate.authorizedAmount.value).toBe(1000);
    expect((await getEvents(t, await merchant(t), reference)).json().map((e: { name: string }) => e.name)).toEqual(['CREATED', 'AUTHORIZED']);
  });

  it('without a body approves for the customer of a push payment, and accepts the redirect token', async () => {
    const push = await create(t, await merchant(t), { userFlow: 'PUSH_MESSAGE', customer: { phoneNumber: PAYER }, returnUrl: undefined });
    const res = await t.inject({ method: 'POST', url: `/epayment/v1/test/payments/${push.reference}/approve`, headers: await merchant(t) });
    expect(res.statusCode).toBe(200);
    const web = await create(t, await merchant(t));
    const token = new URL(web.body.redirectUrl!).searchParams.get('token');
    const withToken = await t.inject({ method: 'POST', url: `/epayment/v1/test/payments/${web.reference}/approve`, headers: await merchant(t), payload: { token, customer: { phoneNumber: PAYER } } });
    expect(withToken.statusCode).toBe(200);
  });

  it('also answers at the path the guide spells without /test', async () => {
    const { reference } = await create(t, await merchant(t));
    const res = await t.inject({ method: 'POST', url: `/epayment/v1/payments/${reference}/approve`, headers: await merchant(t), payload: { customer: { phoneNumber: PAYER } } });
    expect(res.statusCode).toBe(200);
  });
});
