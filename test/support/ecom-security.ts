// The security cases of every eCom endpoint, as one reusable suite: who may call it for
// which sales unit, the MSN of the body agreeing with the header, and missing, wrong or
// expired credentials, each answered in eCom's error array and changing nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { startTestApp, type TestApp } from './app.js';
import { DEMO, type KeyCreds } from './demo.js';
import { PAYMENTS_WORLD, UNITS } from './payments-world.js';
import { initiate, payer, MSN } from './ecom.js';

export interface EcomSecurityTarget {
  /** Prepares what the request acts on (an order of unit 212345); returns its path. */
  setup(t: TestApp): Promise<{ url: string }>;
  method: 'GET' | 'POST' | 'PUT';
  /** The body for a call naming `msn` in merchantInfo (none for GETs). */
  payload?: (msn: string) => object;
  okStatus: number;
  /** Whether the target is an existing order (rather than one created for the unit named). */
  boundToUnit: boolean;
}

/** An order of unit 212345 that the payer approved. */
export async function reservedOrder(t: TestApp): Promise<string> {
  const { orderId } = await initiate(t, await t.auth(DEMO.partnerKeys, MSN));
  await payer(t, MSN, orderId, 'approve');
  return orderId;
}

const message = (res: { json(): unknown }) => {
  const body = res.json() as { errorGroup: string; errorMessage: string }[];
  expect(Array.isArray(body)).toBe(true);
  return body[0]!.errorMessage;
};

export function ecomSecuritySuite(name: string, target: EcomSecurityTarget) {
  describe(`${name}: who may call it`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ world: PAYMENTS_WORLD });
    });
    afterAll(() => t.close());

    async function call(keys: KeyCreds | null, msn: string | undefined, o: { over?: Record<string, string | undefined>; bodyMsn?: string; url?: string } = {}) {
      const { url } = o.url ? { url: o.url } : await target.setup(t);
      const headers: Record<string, string> = keys ? { ...(await t.auth(keys, msn)) } : {};
      for (const [k, v] of Object.entries(o.over ?? {})) {
        if (v === undefined) delete headers[k];
        else headers[k] = v;
      }
      const opts: InjectOptions = { method: target.method, url, headers, ...(target.payload ? { payload: target.payload(o.bodyMsn ?? msn ?? MSN) } : {}) };
      return t.inject(opts);
    }

    it('the owning partner may (the baseline)', async () => {
      expect((await call(DEMO.partnerKeys, MSN)).statusCode).toBe(target.okStatus);
    });

    it('another partner gets 403 (Merchant 37) for a unit not connected to it, as for every payment API', async () => {
      const res = await call(DEMO.otherPartnerKeys, MSN);
      expect(res.statusCode).toBe(403);
      expect(res.json()[0]).toMatchObject({ errorGroup: 'Merchant', errorCode: '37' });
      expect(message(res)).toContain(MSN);
    });

    it('partner keys get 403 for a unit of another partner', async () => {
      expect((await call(DEMO.partnerKeys, UNITS.otherPartner)).statusCode).toBe(403);
    });

    if (target.boundToUnit) {
      it('another MSN of the same partner: the order does not exist there (Merchant 35)', async () => {
        const res = await call(DEMO.partnerKeys, DEMO.units.partnerKafe);
        expect(res.statusCode).toBe(400);
        expect(res.json()[0]).toMatchObject({ errorGroup: 'Merchant', errorCode: '35' });
      });
    }

    if (target.payload) {
      it('merchantInfo.merchantSerialNumber must agree with the header', async () => {
        const res = await call(DEMO.partnerKeys, MSN, { bodyMsn: DEMO.units.partnerKafe });
        expect(res.statusCode).toBe(400);
        expect(res.json()[0]).toMatchObject({ errorGroup: 'InvalidRequest', errorCode: 'merchantSerialNumber' });
      });
    }

    it('partner keys without Merchant-Serial-Number get 403 saying to send it', async () => {
      const res = await call(DEMO.partnerKeys, undefined);
      expect(res.statusCode).toBe(403);
      expect(message(res)).toContain('Merchant-Serial-Number');
    });

    it('merchant keys naming another MSN get 403', async () => {
      const res = await call(DEMO.merchantKeys, MSN);
      expect(res.statusCode).toBe(403);
      expect(message(res)).toContain('312345');
    });

    it('management and accounting keys get 403: they cannot move money', async () => {
      expect(message(await call(DEMO.managementKeys, MSN))).toMatch(/Management keys cannot move money/);
      expect(message(await call(DEMO.accountingKeys, MSN))).toMatch(/Accounting keys cannot move money/);
    });

    it('a unit not allowed to take payments, and a deactivated unit, get 403', async () => {
      expect((await call(DEMO.partnerKeys, UNITS.loginOnly)).statusCode).toBe(403);
      expect((await call(DEMO.partnerKeys, UNITS.deactivated)).statusCode).toBe(403);
    });

    it('no subscription key, a wrong one, or no token: 401 (Authentication)', async () => {
      for (const over of [{ 'ocp-apim-subscription-key': undefined }, { 'ocp-apim-subscription-key': DEMO.merchantKeys.subscriptionKey }, { authorization: undefined }]) {
        const res = await call(DEMO.partnerKeys, MSN, { over });
        expect(res.statusCode).toBe(401);
        expect(res.json()[0].errorGroup).toBe('Authentication');
      }
    });

    // Last: it moves this app's clock a day ahead.
    it('an expired token: 401', async () => {
      const { url } = await target.setup(t);
      await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 86_401 } });
      const res = await call(DEMO.partnerKeys, MSN, { url });
      expect(res.statusCode).toBe(401);
      expect(message(res)).toMatch(/expired/);
    });
  });
}
