// The security cases every payment-moving endpoint must pass, as one reusable suite: who may
// call it for which sales unit, and what happens with missing, wrong or expired credentials.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { startTestApp, type TestApp } from './app.js';
import { DEMO, type KeyCreds } from './demo.js';
import { PAYMENTS_WORLD, UNITS } from './payments-world.js';
import type { World } from '../../src/domain/world/world-schema.js';

export interface SecurityTarget {
  /** Prepares what the request acts on (e.g. a payment of unit 212345); returns its path. */
  setup(t: TestApp): Promise<{ url: string }>;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  payload?: () => object;
  /** The status of the request when made by the unit's partner (the owner). */
  okStatus: number;
  /** Whether the target belongs to one unit (a payment) rather than being created for the unit named. */
  boundToUnit: boolean;
  /** The world to seed (default: PAYMENTS_WORLD). */
  world?: World;
}

export function securitySuite(name: string, target: SecurityTarget) {
  describe(`${name}: who may call it`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ world: target.world ?? PAYMENTS_WORLD });
    });
    afterAll(() => t.close());

    async function call(keys: KeyCreds | null, msn: string | undefined, over: Record<string, string | undefined> = {}, url?: string) {
      const { url: u } = url ? { url } : await target.setup(t);
      const headers: Record<string, string> = keys ? { ...(await t.auth(keys, msn)), 'idempotency-key': randomUUID() } : { 'idempotency-key': randomUUID() };
      for (const [k, v] of Object.entries(over)) {
        if (v === undefined) delete headers[k];
        else headers[k] = v;
      }
      const opts: InjectOptions = { method: target.method, url: u, headers, ...(target.payload ? { payload: target.payload() } : {}) };
      return t.inject(opts);
    }

    it('the owning partner may (the baseline)', async () => {
      expect((await call(DEMO.partnerKeys, DEMO.units.partnerNett)).statusCode).toBe(target.okStatus);
    });

    it('another partner gets 403 Invalid MSN for a unit not connected to it', async () => {
      const res = await call(DEMO.otherPartnerKeys, DEMO.units.partnerNett);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ title: 'Invalid MSN', type: expect.stringMatching(/^https:\/\/developer\.vippsmobilepay\.com\/.+\/invalid-msn$/) });
      expect(res.json().detail).toContain('212345');
    });

    it('partner keys get 403 for a unit of another partner, the same answer as for an MSN that does not exist', async () => {
      const theirs = await call(DEMO.partnerKeys, UNITS.otherPartner);
      const nobodys = await call(DEMO.partnerKeys, '999999');
      expect([theirs.statusCode, nobodys.statusCode]).toEqual([403, 403]);
      const shape = (b: { type: string; title: string; detail: string }) => ({ type: b.type, title: b.title, detail: b.detail.replace(/\d{6}/, 'MSN') });
      expect(shape(theirs.json())).toEqual(shape(nobodys.json()));
    });

    if (target.boundToUnit) {
      it('another MSN of the same partner gets 404: a payment exists only under its own MSN', async () => {
        const res = await call(DEMO.partnerKeys, DEMO.units.partnerKafe);
        expect(res.statusCode).toBe(404);
      });
    }

    it('partner keys without Merchant-Serial-Number get 403 saying to send it', async () => {
      const res = await call(DEMO.partnerKeys, undefined);
      expect(res.statusCode).toBe(403);
      expect(res.json().detail).toContain('Merchant-Serial-Number');
    });

    it('merchant keys naming another MSN get 403', async () => {
      const res = await call(DEMO.merchantKeys, DEMO.units.partnerNett);
      expect(res.statusCode).toBe(403);
      expect(res.json().detail).toContain('312345');
    });

    it('management keys get 403 saying they cannot move money', async () => {
      const res = await call(DEMO.managementKeys, DEMO.units.partnerNett);
      expect(res.statusCode).toBe(403);
      expect(res.json().detail).toMatch(/Management keys cannot move money/);
    });

    it('accounting keys get 403', async () => {
      const res = await call(DEMO.accountingKeys, DEMO.units.partnerNett);
      expect(res.statusCode).toBe(403);
      expect(res.json().detail).toMatch(/Accounting keys cannot move money/);
    });

    it('a unit not allowed to take payments gets 403', async () => {
      const res = await call(DEMO.partnerKeys, UNITS.loginOnly);
      expect(res.statusCode).toBe(403);
      expect(res.json().detail).toContain('paymentAllowed');
    });

    it('a deactivated unit gets 403', async () => {
      const res = await call(DEMO.partnerKeys, UNITS.deactivated);
      expect(res.statusCode).toBe(403);
      expect(res.json().detail).toContain('deactivated');
    });

    it('no subscription key: 401', async () => {
      const res = await call(DEMO.partnerKeys, DEMO.units.partnerNett, { 'ocp-apim-subscription-key': undefined });
      expect(res.statusCode).toBe(401);
      expect(res.json().detail).toContain('missing subscription key');
    });

    it('a wrong subscription key: 401', async () => {
      const res = await call(DEMO.partnerKeys, DEMO.units.partnerNett, { 'ocp-apim-subscription-key': DEMO.merchantKeys.subscriptionKey });
      expect(res.statusCode).toBe(401);
    });

    it('no access token: 401', async () => {
      const res = await call(DEMO.partnerKeys, DEMO.units.partnerNett, { authorization: undefined });
      expect(res.statusCode).toBe(401);
    });

    it('a malformed Merchant-Serial-Number: 400', async () => {
      const res = await call(DEMO.partnerKeys, undefined, { 'merchant-serial-number': '12ab' });
      expect(res.statusCode).toBe(400);
    });

    // Last: it moves this app's clock a day ahead.
    it('an expired token: 401', async () => {
      const { url } = await target.setup(t);
      await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 86_401 } });
      const res = await call(DEMO.partnerKeys, DEMO.units.partnerNett, {}, url);
      expect(res.statusCode).toBe(401);
      expect(res.json().detail).toMatch(/expired/);
    });
  });
}
