// Express checkout: the merchant is asked for shipping options for the payer's address while
// the payer is in the app; the chosen option and address come with the callback and /details;
// a payer withdrawing consent makes a DELETE to consentRemovalPrefix.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { details, drain, initiate, initiateBody, MSN, partnerHeaders, payer } from '../../support/ecom.js';

interface Hit { method: string; path: string; auth?: string; json: Record<string, unknown> }

/** A merchant that offers two shipping options, or fails while `broken` is set. */
async function startShop() {
  const hits: Hit[] = [];
  const state = { broken: false };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const json = text ? JSON.parse(text) : {};
      hits.push({ method: req.method!, path: req.url!, auth: req.headers.authorization, json });
      if (req.url!.endsWith('/shippingDetails')) {
        if (state.broken) return res.writeHead(500).end('down');
        const orderId = req.url!.split('/').at(-2);
        return res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            addressId: json.addressId,
            orderId,
            shippingDetails: [
              { isDefault: 'N', priority: 2, shippingCost: 199, shippingMethod: 'Express courier', shippingMethodId: 'courier' },
              { isDefault: 'Y', priority: 1, shippingCost: 49.5, shippingMethod: 'Pickup point', shippingMethodId: 'pickup' },
            ],
          }),
        );
      }
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, hits, state, close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

describe('eCom v2 Express checkout', () => {
  let t: TestApp;
  let shop: Awaited<ReturnType<typeof startShop>>;
  beforeAll(async () => {
    t = await startTestApp();
    shop = await startShop();
  });
  afterAll(async () => {
    await t.close();
    await shop.close();
  });

  const expressBody = (over: Record<string, unknown> = {}) =>
    initiateBody({
      callbackPrefix: `${shop.base}/cb`,
      customerInfo: { mobileNumber: undefined },
      merchantInfo: { paymentType: 'eComm Express Payment', shippingDetailsPrefix: `${shop.base}/ship`, consentRemovalPrefix: `${shop.base}/consent`, ...over },
    });

  it('asks the shipping-details endpoint, reserves order plus shipping, and calls back with shipping and user details', async () => {
    const h = await partnerHeaders(t);
    const { orderId } = await initiate(t, h, expressBody());

    const cont = await payer(t, MSN, orderId, 'continue', { phoneNumber: '4791234567' });
    expect(cont.shippingOptions).toBeNull(); // asked, not answered yet
    await drain(t);
    const ask = shop.hits.find((x) => x.path === `/ship/v2/payments/${orderId}/shippingDetails`)!;
    expect(ask.method).toBe('POST');
    expect(ask.auth).toBe('secret-callback-token-123');
    expect(ask.json).toMatchObject({ addressLine1: 'Bakkegata 1', postCode: '0150', city: 'Oslo', addressType: 'H' });
    expect(ask.json.addressId).toBeGreaterThanOrEqual(100);

    const shown = (await t.inject({ method: 'GET', url: `/_sim/ecom/${MSN}/${orderId}` })).json();
    expect(shown.shippingOptions.map((s: { shippingMethodId: string }) => s.shippingMethodId)).toEqual(['pickup', 'courier']); // by priority

    await payer(t, MSN, orderId, 'approve', { shippingMethodId: 'courier' });
    await drain(t);
    const cb = shop.hits.find((x) => x.path === `/cb/v2/payments/${orderId}`)!;
    expect(cb.auth).toBe('secret-callback-token-123');
    expect(cb.json).toMatchObject({
      orderId,
      transactionInfo: { amount: 20000 + 19900, status: 'RESERVE' },
      shippingDetails: { shippingMethodId: 'courier', shippingMethod: 'Express courier', shippingCost: 199, address: { addressLine1: 'Bakkegata 1', zipCode: '0150', city: 'Oslo' } },
      userDetails: { firstName: 'Kari', lastName: 'Nordmann', mobileNumber: '91234567', email: 'kari.nordmann@fjellbakeriet.example' },
    });

    const d = (await details(t, h, orderId)).json();
    expect(d.shippingDetails.shippingMethodId).toBe('courier');
    expect(d.userDetails.userId).toBe((cb.json.userDetails as { userId: string }).userId);
    expect(d.transactionSummary.remainingAmountToCapture).toBe(39900);

    // The payer withdraws consent in the app: the merchant gets a DELETE for that user.
    const rm = await t.inject({ method: 'POST', url: `/_sim/ecom/${MSN}/${orderId}/remove-consent` });
    expect(rm.statusCode).toBe(200);
    await drain(t);
    const del = shop.hits.find((x) => x.method === 'DELETE')!;
    expect(del.path).toBe(`/consent/v2/consents/${encodeURIComponent(d.userDetails.userId)}`);
  });

  it('uses staticShippingDetails without asking the merchant', async () => {
    const h = await partnerHeaders(t);
    const before = shop.hits.length;
    const { orderId } = await initiate(t, h, expressBody({ shippingDetailsPrefix: undefined, staticShippingDetails: [{ isDefault: 'Y', shippingCost: 50, shippingMethod: 'Post', shippingMethodId: 'post' }] }));
    await payer(t, MSN, orderId, 'continue', { phoneNumber: '4791234567' });
    await drain(t);
    expect(shop.hits.slice(before).filter((x) => x.path.includes('shippingDetails'))).toHaveLength(0);
    const after = await payer(t, MSN, orderId, 'approve');
    expect(after.amount).toBe(25000);
    expect(after.shipping.shippingMethodId).toBe('post');
  });

  it('a failing shipping-details endpoint shows "no shipping methods" and leaves the order pending and correct', async () => {
    const h = await partnerHeaders(t);
    shop.state.broken = true;
    try {
      const { orderId } = await initiate(t, h, expressBody());
      await payer(t, MSN, orderId, 'continue', { phoneNumber: '4791234567' });
      await drain(t);
      const shown = (await t.inject({ method: 'GET', url: `/_sim/ecom/${MSN}/${orderId}` })).json();
      expect(shown.state).toBe('CREATED');
      expect(shown.shippingProblem).toContain('500');
      const approve = await t.inject({ method: 'POST', url: `/_sim/ecom/${MSN}/${orderId}/approve`, payload: {} });
      expect(approve.statusCode).toBe(400);
      const d = (await details(t, h, orderId)).json();
      expect(d.transactionLogHistory.map((e: { operation: string }) => e.operation)).toEqual(['INITIATE']);
    } finally {
      shop.state.broken = false;
    }
  });
});
