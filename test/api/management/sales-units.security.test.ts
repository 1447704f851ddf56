import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { withoutTrace } from '../../support/management.js';
import { expectCredentialChecks, expectExpiredTokenRefused } from '../../support/security.js';

const OPS = [
  { method: 'GET' as const, path: (msn: string) => `/management/v1/sales-units/${msn}` },
  { method: 'PATCH' as const, path: (msn: string) => `/management/v1/sales-units/${msn}`, payload: { name: 'Taken over' } },
  { method: 'GET' as const, path: (msn: string) => `/management/v1/api-quality/sales-units/${msn}` },
];

describe('Management API sales units: who may call what', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const call = async (op: (typeof OPS)[number], msn: string, keys: typeof DEMO.partnerKeys) =>
    t.inject({ method: op.method, url: op.path(msn), headers: await t.auth(keys), ...('payload' in op ? { payload: op.payload } : {}) });

  for (const op of OPS) {
    const name = `${op.method} ${op.path('{msn}')}`;
    const expectHidden = async (msn: string, keys: typeof DEMO.partnerKeys) => {
      const hidden = await call(op, msn, keys);
      const none = await call(op, '999999', keys);
      expect(hidden.statusCode, hidden.body).toBe(404);
      expect(JSON.stringify(withoutTrace(hidden))).toBe(JSON.stringify(withoutTrace(none)).replaceAll('999999', msn));
    };

    it(`${name}: another partner's unit reads exactly as a unit that does not exist`, () => expectHidden('212345', DEMO.otherPartnerKeys));
    it(`${name}: a unit with no partner is out of a partner's reach`, () => expectHidden('312345', DEMO.partnerKeys));
    it(`${name}: merchant keys reach only their own unit`, async () => {
      await expectHidden('212345', DEMO.merchantKeys);
      await expectHidden('312345', DEMO.merchantManagementKeys);
    });
    it(`${name}: accounting keys are refused`, async () => {
      const res = await call(op, '212345', DEMO.accountingKeys);
      expect(res.statusCode).toBe(403);
      expect(res.json().detail).toMatch(/Accounting keys cannot manage sales units/);
    });
    it(`${name}: credentials are checked`, () => expectCredentialChecks(t, { method: op.method, url: op.path('212345'), ...('payload' in op ? { payload: op.payload } : {}) }));
  }

  it('nothing was changed by the refused calls', async () => {
    const rows = await t.rt.store.db.selectFrom('sales_units').select(['msn', 'name']).orderBy('msn').execute();
    expect(rows.map((r) => r.name)).not.toContain('Taken over');
  });

  it('GET /management/v1/sales-units refuses accounting keys and checks credentials', async () => {
    expect((await t.inject({ method: 'GET', url: '/management/v1/sales-units', headers: await t.auth(DEMO.accountingKeys) })).statusCode).toBe(403);
    await expectCredentialChecks(t, { method: 'GET', url: '/management/v1/sales-units' });
  });

  it('refuses an expired token', async () => {
    await expectExpiredTokenRefused({ method: 'GET', url: '/management/v1/sales-units/212345' });
    await expectExpiredTokenRefused({ method: 'GET', url: '/management/v1/api-quality/sales-units/212345' });
  });
});
