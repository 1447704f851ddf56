// A partner's test in a namespace of its own: the same calls as against the main world, with
// /ns/NAME in front of every path.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { TestApp } from './app.js';
import { DEMO } from './demo.js';

export const NETT = DEMO.units.partnerNett;

export function inNamespace(t: TestApp, name: string) {
  const base = `/ns/${name}`;
  let token: string | undefined;
  const auth = async () => {
    if (!token) {
      const k = DEMO.partnerKeys;
      const res = await t.inject({ method: 'POST', url: `${base}/accesstoken/get`, headers: { client_id: k.clientId, client_secret: k.clientSecret, 'ocp-apim-subscription-key': k.subscriptionKey } });
      expect(res.statusCode, res.body).toBe(200);
      token = res.json().access_token as string;
    }
    return { authorization: `Bearer ${token}`, 'ocp-apim-subscription-key': DEMO.partnerKeys.subscriptionKey, 'merchant-serial-number': NETT };
  };
  return {
    base,
    auth,
    inject: (method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, payload?: object, headers: Record<string, string> = {}) =>
      t.inject({ method, url: base + path, headers, ...(payload ? { payload } : {}) }),
    async createPayment(reference = `ns-${randomUUID()}`, value = 1000) {
      const res = await t.inject({
        method: 'POST',
        url: `${base}/epayment/v1/payments`,
        headers: { ...(await auth()), 'idempotency-key': randomUUID() },
        payload: { amount: { currency: 'NOK', value }, paymentMethod: { type: 'WALLET' }, reference, userFlow: 'WEB_REDIRECT', returnUrl: 'https://shop.example/back' },
      });
      expect(res.statusCode, res.body).toBe(201);
      return { reference, redirectUrl: res.json().redirectUrl as string };
    },
    async getPayment(reference: string) {
      return t.inject({ method: 'GET', url: `${base}/epayment/v1/payments/${reference}`, headers: await auth() });
    },
  };
}
