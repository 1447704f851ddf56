import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { create, partner, paymentBody } from '../../support/payments.js';

describe('POST /epayment/v1/payments: bad requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const count = async () => Number((await t.rt.store.db.selectFrom('payments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  async function refused(body: unknown, headers?: Record<string, string>) {
    const before = await count();
    const res = await t.inject({ method: 'POST', url: '/epayment/v1/payments', headers: headers ?? (await partner(t)), payload: body as object });
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await count()).toBe(before); // nothing changed
    return res;
  }
  const fieldNames = (res: { json(): { extraDetails?: { name: string }[] } }) => res.json().extraDetails?.map((f) => f.name);

  it.each([
    ['a reference too short', { reference: 'abc' }, 'reference'],
    ['a reference with other characters', { reference: 'order 123/45' }, 'reference'],
    ['an unknown currency', { amount: { currency: 'SEK', value: 1000 } }, 'amount.currency'],
    ['a decimal amount', { amount: { currency: 'NOK', value: 10.5 } }, 'amount.value'],
    ['an amount below 1.00', { amount: { currency: 'NOK', value: 99 } }, 'amount.value'],
    ['an amount above the maximum', { amount: { currency: 'NOK', value: 65_000_001 } }, 'amount.value'],
    ['an unknown userFlow', { userFlow: 'SMS' }, 'userFlow'],
    ['a malformed phone number', { customer: { phoneNumber: '+4791234567' } }, 'customer.phoneNumber'],
    ['PUSH_MESSAGE without a customer', { userFlow: 'PUSH_MESSAGE' }, 'customer'],
    ['WEB_REDIRECT without returnUrl', { returnUrl: undefined }, 'returnUrl'],
    ['an http returnUrl', { returnUrl: 'http://shop.example/back' }, 'returnUrl'],
    ['a javascript: returnUrl', { returnUrl: 'javascript:alert(1)' }, 'returnUrl'],
    ['six metadata pairs', { metadata: { a: '1', b: '2', c: '3', d: '4', e: '5', f: '6' } }, 'metadata'],
    ['a metadata value over 500 characters', { metadata: { note: 'x'.repeat(501) } }, 'metadata.note'],
    ['a description under 3 characters', { paymentDescription: 'ab' }, 'paymentDescription'],
    ['expiresAt with WEB_REDIRECT', { expiresAt: '2099-01-01T00:00:00Z' }, 'expiresAt'],
    ['an unknown field', { callbackUrl: 'https://x.example' }, 'callbackUrl'],
    ['an unknown profile scope', { profile: { scope: 'shoeSize' } }, 'profile.scope'],
  ])('%s: 400 naming the field', async (_what, over, field) => {
    const res = await refused(paymentBody(over));
    expect(res.statusCode).toBe(400);
    expect(fieldNames(res)).toContain(field);
    expect(res.json().detail).toContain(field);
  });

  it('a body that is not JSON: 400', async () => {
    const res = await t.inject({ method: 'POST', url: '/epayment/v1/payments', headers: { ...(await partner(t)), 'content-type': 'application/json' }, payload: '{"amount":' });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toMatch(/not valid JSON/);
  });

  it('without an Idempotency-Key: 400 naming the header', async () => {
    const { 'idempotency-key': _drop, ...headers } = await partner(t);
    const res = await refused(paymentBody(), headers);
    expect(res.statusCode).toBe(400);
    expect(fieldNames(res)).toContain('idempotency-key');
  });

  it('an Idempotency-Key over 50 characters: 400', async () => {
    const res = await refused(paymentBody(), await partner(t, DEMO.units.partnerNett, { 'idempotency-key': 'k'.repeat(51) }));
    expect(res.statusCode).toBe(400);
  });

  it('a Vipps-System header over 30 characters: 400', async () => {
    const res = await refused(paymentBody(), await partner(t, DEMO.units.partnerNett, { 'vipps-system-name': 'x'.repeat(31) }));
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('Vipps-System-Name');
  });

  it('CARD in test mode is refused', async () => {
    const test = await startTestApp({ config: { mode: 'test' } });
    try {
      const headers = { ...(await test.auth(DEMO.merchantKeys)), 'idempotency-key': 'card-1' };
      const res = await test.inject({ method: 'POST', url: '/epayment/v1/payments', headers, payload: paymentBody({ paymentMethod: { type: 'CARD' } }) });
      expect(res.statusCode).toBe(400);
      expect(res.json().extraDetails).toEqual([{ name: 'paymentMethod.type', reason: expect.stringContaining('test environment') }]);
    } finally {
      await test.close();
    }
  });

  it('a reference used before for this unit: 409, and the first payment is unchanged', async () => {
    const first = await create(t, await partner(t));
    const res = await refused(paymentBody({ reference: first.reference, amount: { currency: 'NOK', value: 5000 } }));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ title: 'Idempotency error', detail: expect.stringContaining(`Reference ${first.reference} already exists`) });
  });

  it('the same Idempotency-Key with another body: 409, nothing created', async () => {
    const headers = await partner(t);
    const first = await t.inject({ method: 'POST', url: '/epayment/v1/payments', headers, payload: paymentBody() });
    expect(first.statusCode).toBe(201);
    const res = await refused(paymentBody(), headers);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('already used for a different request');
  });

  it('the same Idempotency-Key and body again: the first answer, one payment', async () => {
    const headers = await partner(t);
    const body = paymentBody();
    const first = await t.inject({ method: 'POST', url: '/epayment/v1/payments', headers, payload: body });
    const before = await count();
    const again = await t.inject({ method: 'POST', url: '/epayment/v1/payments', headers, payload: body });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(await count()).toBe(before);
  });
});
