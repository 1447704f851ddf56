// Force approve exists only in test mode, where only merchant keys get tokens: merchant keys
// approve their own unit's orders and nothing else; without credentials nothing happens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { details, initiate, initiateBody, merchantHeaders } from '../../support/ecom.js';

describe('POST /ecomm/v2/integration-test/payments/{orderId}/approve: who may call it', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { mode: 'test' } });
  });
  afterAll(() => t.close());

  const order = async () => (await initiate(t, await merchantHeaders(t), initiateBody({ msn: DEMO.units.noPartner }))).orderId;
  const approve = (orderId: string, headers: Record<string, string>) => t.inject({ method: 'POST', url: `/ecomm/v2/integration-test/payments/${orderId}/approve`, headers, payload: {} });

  it('the unit\'s own merchant keys may', async () => {
    const orderId = await order();
    expect((await approve(orderId, await merchantHeaders(t))).statusCode).toBe(200);
  });

  it('merchant keys naming another MSN get 403, and the order stays unapproved', async () => {
    const orderId = await order();
    const res = await approve(orderId, { ...(await merchantHeaders(t)), 'merchant-serial-number': DEMO.units.partnerNett });
    expect(res.statusCode).toBe(403);
    expect(res.json()[0].errorMessage).toContain('312345');
    expect((await details(t, await merchantHeaders(t), orderId)).json().transactionLogHistory).toHaveLength(1);
  });

  it('no token or no subscription key: 401', async () => {
    const orderId = await order();
    const h = await merchantHeaders(t);
    const { authorization: _a, ...noToken } = h;
    const { 'ocp-apim-subscription-key': _k, ...noKey } = h;
    expect((await approve(orderId, noToken)).statusCode).toBe(401);
    expect((await approve(orderId, noKey)).statusCode).toBe(401);
  });
});
