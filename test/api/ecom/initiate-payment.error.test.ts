// Initiate refusals, each in eCom's error array with the documented group and code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { details, firstError, initiate, initiateBody, partnerHeaders } from '../../support/ecom.js';

describe('POST /ecomm/v2/payments: errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const post = async (body: unknown) => t.inject({ method: 'POST', url: '/ecomm/v2/payments', headers: await partnerHeaders(t), payload: body as object });

  it('a duplicate orderId is Merchant 34 and leaves the first order alone', async () => {
    const h = await partnerHeaders(t);
    const { body, orderId } = await initiate(t, h);
    const res = await post({ ...body, transaction: { ...body.transaction, amount: 99900 } });
    expect(res.statusCode).toBe(400);
    const e = firstError(res);
    expect(e).toMatchObject({ errorGroup: 'Merchant', errorCode: '34' });
    expect(e.contextId).toBeTruthy();
    expect((await details(t, h, orderId)).json().transactionLogHistory[0].amount).toBe(20000);
  });

  it('a phone number that cannot be corrected is User 81; +47 and spaces are corrected', async () => {
    const bad = await post(initiateBody({ customerInfo: { mobileNumber: '12345' } }));
    expect(bad.statusCode).toBe(400);
    expect(firstError(bad)).toMatchObject({ errorGroup: 'User', errorCode: '81' });
    const fixed = await post(initiateBody({ customerInfo: { mobileNumber: '+47 912 34 567' } }));
    expect(fixed.statusCode).toBe(200);
  });

  it('an amount under 1 NOK, a missing field and a bad orderId name the fields as codes', async () => {
    const b = initiateBody({ transaction: { amount: 99, orderId: 'has spaces' } });
    const res = await post({ ...b, merchantInfo: { ...b.merchantInfo, fallBack: undefined } });
    expect(res.statusCode).toBe(400);
    const errors = res.json() as { errorGroup: string; errorCode: string }[];
    expect(errors.every((e) => e.errorGroup === 'InvalidRequest')).toBe(true);
    const codes = errors.map((e) => e.errorCode).join(' ');
    expect(codes).toContain('amount');
    expect(codes).toContain('orderId');
    expect(codes).toContain('fallBack');
  });

  it('a plain-http callbackPrefix on the internet and a javascript: fallBack are refused', async () => {
    const res = await post(initiateBody({ callbackPrefix: 'http://shop.example/cb', merchantInfo: { fallBack: 'javascript:alert(1)' } }));
    expect(res.statusCode).toBe(400);
    const codes = (res.json() as { errorCode: string }[]).map((e) => e.errorCode);
    expect(codes).toEqual(['merchantInfo.callbackPrefix', 'merchantInfo.fallBack']);
  });

  it('Express without consentRemovalPrefix or shipping is refused; so is an unknown scope', async () => {
    const res = await post(initiateBody({ merchantInfo: { paymentType: 'eComm Express Payment' }, transaction: { scope: 'name shoeSize' } }));
    expect(res.statusCode).toBe(400);
    const codes = (res.json() as { errorCode: string }[]).map((e) => e.errorCode);
    expect(codes).toEqual(['merchantInfo.consentRemovalPrefix', 'merchantInfo.shippingDetailsPrefix', 'transaction.scope']);
  });

  it('skipLandingPage needs customerInfo.mobileNumber', async () => {
    const res = await post(initiateBody({ customerInfo: { mobileNumber: undefined }, transaction: { skipLandingPage: true } }));
    expect(res.statusCode).toBe(400);
    expect(firstError(res)).toMatchObject({ errorGroup: 'InvalidRequest', errorCode: 'customerInfo.mobileNumber' });
  });
});
