// Force approve refusals: not in production mode, not for Express, not with another token,
// not without a payer, not twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { details, firstError, initiate, initiateBody, merchantHeaders, partnerHeaders } from '../../support/ecom.js';

const url = (orderId: string) => `/ecomm/v2/integration-test/payments/${orderId}/approve`;

describe('force approve in production mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers 404 and approves nothing', async () => {
    const h = await partnerHeaders(t);
    const { orderId } = await initiate(t, h);
    const res = await t.inject({ method: 'POST', url: url(orderId), headers: h, payload: {} });
    expect(res.statusCode).toBe(404);
    expect(firstError(res).errorMessage).toContain('test environment');
    expect((await details(t, h, orderId)).json().transactionLogHistory).toHaveLength(1);
  });
});

describe('force approve in test mode: errors', () => {
  let t: TestApp;
  let h: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp({ config: { mode: 'test' } });
    h = await merchantHeaders(t);
  });
  afterAll(() => t.close());

  const body = (over: Parameters<typeof initiateBody>[0] = {}) => initiateBody({ msn: DEMO.units.noPartner, ...over });

  it('Express orders are not supported', async () => {
    const { orderId } = await initiate(t, h, body({ merchantInfo: { paymentType: 'eComm Express Payment', consentRemovalPrefix: 'https://shop.example/c', staticShippingDetails: [{ isDefault: 'Y', shippingCost: 10, shippingMethod: 'Post', shippingMethodId: 'p' }] } }));
    const res = await t.inject({ method: 'POST', url: url(orderId), headers: h, payload: {} });
    expect(res.statusCode).toBe(400);
    expect(firstError(res)).toMatchObject({ errorGroup: 'InvalidRequest', errorCode: 'paymentType' });
  });

  it('another order\'s token is refused', async () => {
    const { orderId } = await initiate(t, h, body());
    const res = await t.inject({ method: 'POST', url: url(orderId), headers: h, payload: { token: 'not-the-token' } });
    expect(firstError(res)).toMatchObject({ errorCode: 'token' });
  });

  it('without any payer it asks for customerPhoneNumber', async () => {
    const { orderId } = await initiate(t, h, body({ customerInfo: { mobileNumber: undefined } }));
    const res = await t.inject({ method: 'POST', url: url(orderId), headers: h, payload: {} });
    expect(firstError(res)).toMatchObject({ errorCode: 'customerPhoneNumber' });
  });

  it('a second approval is a 409, an unknown order Merchant 35', async () => {
    const { orderId } = await initiate(t, h, body());
    expect((await t.inject({ method: 'POST', url: url(orderId), headers: h, payload: {} })).statusCode).toBe(200);
    const again = await t.inject({ method: 'POST', url: url(orderId), headers: h, payload: {} });
    expect(again.statusCode).toBe(409);
    expect(firstError(again).errorGroup).toBe('VippsError');
    expect(firstError(await t.inject({ method: 'POST', url: url('no-such-order-3'), headers: h, payload: {} }))).toMatchObject({ errorGroup: 'Merchant', errorCode: '35' });
  });
});
