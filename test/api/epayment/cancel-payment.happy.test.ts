import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { adjust, create, getEvents, partner } from '../../support/payments.js';
import { authorizedPayment } from '../../support/payment-setups.js';

describe('POST /epayment/v1/payments/{reference}/cancel', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('before approval: the payment is TERMINATED, the whole amount cancelled', async () => {
    const { reference } = await create(t, await partner(t), { amount: { currency: 'NOK', value: 1000 } });
    const res = await adjust(t, await partner(t), reference, 'cancel');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      state: 'TERMINATED',
      amount: { currency: 'NOK', value: 1000 },
      aggregate: { authorizedAmount: { value: 0 }, cancelledAmount: { value: 1000 }, capturedAmount: { value: 0 } },
    });
    const events = (await getEvents(t, await partner(t), reference)).json();
    expect(events.map((e: { name: string }) => e.name)).toEqual(['CREATED', 'TERMINATED']);
  });

  it('after approval: the state stays AUTHORIZED and all is released', async () => {
    const reference = await authorizedPayment(t, 49900);
    const res = await adjust(t, await partner(t), reference, 'cancel');
    expect(res.json()).toMatchObject({ state: 'AUTHORIZED', aggregate: { authorizedAmount: { value: 49900 }, cancelledAmount: { value: 49900 } } });
  });

  it('after a partial capture: the rest is released', async () => {
    const reference = await authorizedPayment(t, 1000);
    await adjust(t, await partner(t), reference, 'capture', 250);
    const res = await adjust(t, await partner(t), reference, 'cancel');
    expect(res.json().aggregate).toMatchObject({ authorizedAmount: { value: 1000 }, capturedAmount: { value: 250 }, cancelledAmount: { value: 750 } });
    const last = (await getEvents(t, await partner(t), reference)).json().at(-1);
    expect(last).toMatchObject({ name: 'CANCELLED', amount: { value: 750 } });
  });

  it('a cancel racing captures releases exactly what was not captured', async () => {
    const reference = await authorizedPayment(t, 1000);
    const requests = [...Array.from({ length: 10 }, async () => adjust(t, await partner(t), reference, 'capture', 100)), (async () => adjust(t, await partner(t), reference, 'cancel'))()];
    await Promise.all(requests);
    const agg = (await t.inject({ method: 'GET', url: `/epayment/v1/payments/${reference}`, headers: await partner(t) })).json().aggregate;
    expect(agg.capturedAmount.value + agg.cancelledAmount.value).toBe(1000);
  });
});
