// A plugin written from the vendor's eCom reference completes a regular and an Express
// payment against a running vpp over HTTP, with partner keys; the payer acts in the app
// simulation and the shop's endpoints receive what the reference promises.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/demo.js';
import { EcomPlugin, startShopServer } from '../support/ecom-plugin.js';
import { freshStore, startVpp, type VppProcess } from '../support/vpp-process.js';
import { waitFor } from '../support/cluster.js';

const MSN = DEMO.units.partnerNett;
const AUTH = 'shop-callback-secret-42';

describe('a reference-only eCom plugin against vpp', () => {
  let store: Awaited<ReturnType<typeof freshStore>>;
  let vpp: VppProcess;
  let shop: Awaited<ReturnType<typeof startShopServer>>;
  let plugin: EcomPlugin;

  beforeAll(async () => {
    store = await freshStore();
    vpp = await startVpp({ ...store, masterKey: randomBytes(32).toString('hex') });
    shop = await startShopServer(AUTH);
    plugin = new EcomPlugin(vpp.baseUrl, { ...DEMO.partnerKeys, msn: MSN });
  });
  afterAll(async () => {
    await vpp.kill('SIGTERM');
    await shop.close();
    await store.dispose();
  });

  const sim = (path: string, body: unknown = {}) => fetch(`${vpp.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('completes a regular payment: initiate, approve, callback, capture, refund, details', async () => {
    const orderId = `acme-${Date.now()}`;
    const init = await plugin.initiate({ orderId, amount: 49900, text: 'Vipps socks', shopUrl: shop.url, authToken: AUTH, mobileNumber: '91234567' });
    expect(init.status).toBe(200);
    expect(init.body.orderId).toBe(orderId);
    expect(init.body.url).toMatch(/^https?:\/\//);
    expect((await sim(`/_sim/ecom/${MSN}/${orderId}/approve`)).status).toBe(200);
    await waitFor('the callback', () => shop.callbacks.some((c) => c.orderId === orderId));
    const cb = shop.callbacks.find((c) => c.orderId === orderId)!.body as { transactionInfo: { status: string; amount: number } };
    expect(cb.transactionInfo).toMatchObject({ status: 'RESERVED', amount: 49900 });
    expect((await plugin.capture(orderId, 49900, 'Shipped: tracking 123')).status).toBe(200);
    const refund = await plugin.refund(orderId, 10000, 'One sock returned');
    expect(refund.status).toBe(200);
    expect(refund.body.transactionSummary.remainingAmountToRefund).toBe(39900);
    const d = await plugin.details(orderId);
    expect(d.body.transactionLogHistory.map((e: { operation: string }) => e.operation)).toEqual(['REFUND', 'CAPTURE', 'RESERVE', 'INITIATE']);
    expect(shop.rejectedAuth).toBe(0);
  });

  it('completes an Express payment: shipping options asked, chosen, called back, captured with shipping', async () => {
    const orderId = `acme-x-${Date.now()}`;
    const init = await plugin.initiate({ orderId, amount: 20000, text: 'Express socks', shopUrl: shop.url, authToken: AUTH, express: true });
    expect(init.status).toBe(200);
    expect((await sim(`/_sim/ecom/${MSN}/${orderId}/continue`, { phoneNumber: '4791234567' })).status).toBe(200);
    await waitFor('the shipping options', async () => {
      const r = await fetch(`${vpp.baseUrl}/_sim/ecom/${MSN}/${orderId}`);
      return ((await r.json()) as { shippingOptions: unknown }).shippingOptions !== null;
    });
    expect((await sim(`/_sim/ecom/${MSN}/${orderId}/approve`, { shippingMethodId: 'posten-servicepakke' })).status).toBe(200);
    await waitFor('the callback', () => shop.callbacks.some((c) => c.orderId === orderId));
    const cb = shop.callbacks.find((c) => c.orderId === orderId)!.body as { transactionInfo: { status: string; amount: number }; shippingDetails: { shippingMethodId: string; address: { zipCode: string } }; userDetails: { userId: string } };
    expect(cb.transactionInfo).toMatchObject({ status: 'RESERVE', amount: 25900 });
    expect(cb.shippingDetails.shippingMethodId).toBe('posten-servicepakke');
    expect(cb.shippingDetails.address.zipCode).toBe('0150');
    expect((await plugin.capture(orderId, 25900, 'Shipped with Posten')).status).toBe(200);
    const d = await plugin.details(orderId);
    expect(d.body.transactionSummary).toMatchObject({ capturedAmount: 25900, remainingAmountToCapture: 0 });
    expect(d.body.userDetails.userId).toBe(cb.userDetails.userId);

    expect((await sim(`/_sim/ecom/${MSN}/${orderId}/remove-consent`)).status).toBe(200);
    await waitFor('the consent removal', () => shop.consentsRemoved.includes(cb.userDetails.userId));
  });
});
