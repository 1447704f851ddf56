// Initiate with merchant and partner keys; every field of the reference is taken; the
// authToken is sealed at rest; all seven operations are in /openapi.json.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { details, initiate, initiateBody, merchantHeaders, partnerHeaders } from '../../support/ecom.js';

describe('POST /ecomm/v2/payments', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('merchant keys initiate for their own unit without the MSN header', async () => {
    const { orderId, res } = await initiate(t, await merchantHeaders(t), initiateBody({ msn: DEMO.units.noPartner }));
    expect(res.orderId).toBe(orderId);
    const d = (await details(t, await merchantHeaders(t), orderId)).json();
    expect(d.transactionLogHistory).toEqual([expect.objectContaining({ operation: 'INITIATE', amount: 20000, transactionText: 'One pair of socks', operationSuccess: true })]);
  });

  it('takes every documented field: isApp gives an app link; the ePayment view shows the same payment', async () => {
    const h = await partnerHeaders(t);
    const body = initiateBody({
      merchantInfo: {
        isApp: true,
        fallBack: 'acmeshop://vipps/done',
        paymentType: 'eComm Express Payment',
        consentRemovalPrefix: 'https://shop.example/consents',
        shippingDetailsPrefix: 'https://shop.example/shipping',
        staticShippingDetails: [{ isDefault: 'Y', priority: 0, shippingCost: 39.9, shippingMethod: 'Mailbox', shippingMethodId: 'mailbox' }],
      },
      transaction: { skipLandingPage: true, scope: 'name email', useExplicitCheckoutFlow: true },
    });
    const { orderId, res } = await initiate(t, h, body);
    expect(res.url).toMatch(/^vipps:\/\/ecom\?token=/);
    const ep = (await t.inject({ method: 'GET', url: `/epayment/v1/payments/${orderId}`, headers: h })).json();
    expect(ep).toMatchObject({ reference: orderId, state: 'CREATED', amount: { currency: 'NOK', value: 20000 } });
    const sim = (await t.inject({ method: 'GET', url: `/_sim/ecom/${DEMO.units.partnerNett}/${orderId}` })).json();
    expect(sim.shippingOptions[0].shippingMethodId).toBe('mailbox');
  });

  it('keeps the authToken sealed at rest', async () => {
    const { orderId } = await initiate(t, await partnerHeaders(t), initiateBody({ merchantInfo: { authToken: 'plain-token-that-must-not-be-stored' } }));
    const row = await t.rt.store.db.selectFrom('payments').select(['ecom_auth_token', 'ecom', 'details']).where('reference', '=', orderId).executeTakeFirstOrThrow();
    expect(row.ecom_auth_token).toBeTruthy();
    expect(JSON.stringify(row)).not.toContain('plain-token-that-must-not-be-stored');
    expect(t.rt.box.decrypt(row.ecom_auth_token!)).toBe('plain-token-that-must-not-be-stored');
  });

  it('lists all seven operations in /openapi.json with the reference\'s paths and methods', async () => {
    const paths = (await t.inject({ method: 'GET', url: '/openapi.json' })).json().paths;
    expect(paths['/ecomm/v2/payments'].post).toBeDefined();
    expect(paths['/ecomm/v2/payments/{orderId}/capture'].post).toBeDefined();
    expect(paths['/ecomm/v2/payments/{orderId}/cancel'].put).toBeDefined();
    expect(paths['/ecomm/v2/payments/{orderId}/refund'].post).toBeDefined();
    expect(paths['/ecomm/v2/payments/{orderId}/details'].get).toBeDefined();
    expect(paths['/ecomm/v2/payments/{orderId}/status'].get).toBeDefined();
    expect(paths['/ecomm/v2/integration-test/payments/{orderId}/approve'].post).toBeDefined();
  });
});
