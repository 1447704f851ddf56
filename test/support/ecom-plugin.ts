// A shop plugin's eCom v2 client, written from the vendor's eCom guide and OpenAPI spec
// alone (not from vpp's code): access token, initiate, capture, refund, cancel, details,
// plus the endpoints a shop serves (callback, shipping details, consent removal).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

export interface PluginKeys { clientId: string; clientSecret: string; subscriptionKey: string; msn: string }

export class EcomPlugin {
  private token?: string;
  constructor(private readonly base: string, private readonly keys: PluginKeys, private readonly system = { name: 'acme-shop', plugin: 'acme-vipps-plugin' }) {}

  private async headers(): Promise<Record<string, string>> {
    if (!this.token) {
      const res = await fetch(`${this.base}/accesstoken/get`, { method: 'POST', headers: { client_id: this.keys.clientId, client_secret: this.keys.clientSecret, 'Ocp-Apim-Subscription-Key': this.keys.subscriptionKey } });
      if (!res.ok) throw new Error(`access token: HTTP ${res.status}`);
      this.token = ((await res.json()) as { access_token: string }).access_token;
    }
    return {
      Authorization: `Bearer ${this.token}`,
      'Ocp-Apim-Subscription-Key': this.keys.subscriptionKey,
      'Merchant-Serial-Number': this.keys.msn,
      'Content-Type': 'application/json',
      'Vipps-System-Name': this.system.name,
      'Vipps-System-Version': '1.0',
      'Vipps-System-Plugin-Name': this.system.plugin,
      'Vipps-System-Plugin-Version': '2.3.1',
    };
  }

  private async send(method: string, path: string, body?: unknown, extra: Record<string, string> = {}) {
    const res = await fetch(`${this.base}${path}`, { method, headers: { ...(await this.headers()), ...extra }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }

  initiate(o: { orderId: string; amount: number; text: string; shopUrl: string; authToken: string; mobileNumber?: string; express?: boolean }) {
    return this.send('POST', '/ecomm/v2/payments', {
      customerInfo: o.mobileNumber ? { mobileNumber: o.mobileNumber } : {},
      merchantInfo: {
        merchantSerialNumber: this.keys.msn,
        callbackPrefix: `${o.shopUrl}/vipps/callbacks`,
        fallBack: `${o.shopUrl}/order/${o.orderId}/thanks`,
        authToken: o.authToken,
        isApp: false,
        paymentType: o.express ? 'eComm Express Payment' : 'eComm Regular Payment',
        ...(o.express ? { consentRemovalPrefix: `${o.shopUrl}/vipps/consents`, shippingDetailsPrefix: `${o.shopUrl}/vipps/shipping` } : {}),
      },
      transaction: { orderId: o.orderId, amount: o.amount, transactionText: o.text, skipLandingPage: false },
    });
  }

  capture(orderId: string, amount: number, text: string) {
    return this.send('POST', `/ecomm/v2/payments/${orderId}/capture`, { merchantInfo: { merchantSerialNumber: this.keys.msn }, transaction: { amount, transactionText: text } }, { 'X-Request-Id': randomUUID().replace(/-/g, '').slice(0, 30) });
  }

  refund(orderId: string, amount: number, text: string) {
    return this.send('POST', `/ecomm/v2/payments/${orderId}/refund`, { merchantInfo: { merchantSerialNumber: this.keys.msn }, transaction: { amount, transactionText: text } }, { 'X-Request-Id': randomUUID().replace(/-/g, '').slice(0, 30) });
  }

  cancel(orderId: string, text: string) {
    return this.send('PUT', `/ecomm/v2/payments/${orderId}/cancel`, { merchantInfo: { merchantSerialNumber: this.keys.msn }, transaction: { transactionText: text } });
  }

  details(orderId: string) {
    return this.send('GET', `/ecomm/v2/payments/${orderId}/details`);
  }
}

/** The shop's side: records callbacks (checking the authToken) and offers two shipping methods. */
export async function startShopServer(authToken: string) {
  const callbacks: { orderId: string; body: Record<string, unknown> }[] = [];
  const consentsRemoved: string[] = [];
  let rejectedAuth = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.headers.authorization !== authToken) {
        rejectedAuth++;
        return res.writeHead(401).end();
      }
      const url = req.url ?? '';
      const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
      let m = /^\/vipps\/shipping\/v2\/payments\/([^/]+)\/shippingDetails$/.exec(url);
      if (m && req.method === 'POST') {
        return res.writeHead(200, { 'Content-Type': 'application/json' }).end(
          JSON.stringify({
            addressId: body.addressId,
            orderId: m[1],
            shippingDetails: [
              { isDefault: 'Y', priority: 0, shippingCost: 59, shippingMethod: 'Posten Servicepakke', shippingMethodId: 'posten-servicepakke' },
              { isDefault: 'N', priority: 1, shippingCost: 0, shippingMethod: 'Hent i butikk', shippingMethodId: 'pickup-in-store' },
            ],
          }),
        );
      }
      m = /^\/vipps\/callbacks\/v2\/payments\/([^/]+)$/.exec(url);
      if (m && req.method === 'POST') {
        callbacks.push({ orderId: m[1]!, body });
        return res.writeHead(200).end();
      }
      m = /^\/vipps\/consents\/v2\/consents\/([^/]+)$/.exec(url);
      if (m && req.method === 'DELETE') {
        consentsRemoved.push(decodeURIComponent(m[1]!));
        return res.writeHead(200).end();
      }
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    callbacks,
    consentsRemoved,
    get rejectedAuth() {
      return rejectedAuth;
    },
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
