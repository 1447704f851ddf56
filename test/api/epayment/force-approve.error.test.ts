import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { create, merchant, newRef, PAYER, partner } from '../../support/payments.js';

describe('force approve: refused', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { mode: 'test' } });
  });
  afterAll(() => t.close());
  const approve = async (reference: string, payload?: object) =>
    t.inject({ method: 'POST', url: `/epayment/v1/test/payments/${reference}/approve`, headers: await merchant(t), ...(payload ? { payload } : {}) });

  it('a payment approved already: 409', async () => {
    const { reference } = await create(t, await merchant(t));
    expect((await approve(reference, { customer: { phoneNumber: PAYER } })).statusCode).toBe(200);
    const res = await approve(reference, { customer: { phoneNumber: PAYER } });
    expect(res.statusCode).toBe(409);
    expect(res.json().title).toBe('Payment is already reserved');
  });

  it('no customer anywhere: 400 saying to name the payer', async () => {
    const { reference } = await create(t, await merchant(t));
    const res = await approve(reference);
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('phone number');
  });

  it('a token of another payment: 400; a bad phone number: 400; an unknown reference: 404', async () => {
    const { reference } = await create(t, await merchant(t));
    expect((await approve(reference, { token: 'not-the-token', customer: { phoneNumber: PAYER } })).statusCode).toBe(400);
    expect((await approve(reference, { customer: { phoneNumber: '12' } })).statusCode).toBe(400);
    expect((await approve(newRef('nope'), { customer: { phoneNumber: PAYER } })).statusCode).toBe(404);
  });
});

describe('force approve in production mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is not there: 404 saying it belongs to the test environment, and nothing changes', async () => {
    const { reference } = await create(t, await partner(t));
    const res = await t.inject({ method: 'POST', url: `/epayment/v1/test/payments/${reference}/approve`, headers: await partner(t), payload: { customer: { phoneNumber: PAYER } } });
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toContain('--mode test');
    const p = await t.inject({ method: 'GET', url: `/epayment/v1/payments/${reference}`, headers: await partner(t) });
    expect(p.json().state).toBe('CREATED');
  });
});
