import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { signAgreement, withoutTrace } from '../../support/management.js';
import { expectCredentialChecks, expectExpiredTokenRefused } from '../../support/security.js';

describe('Management API merchants: who may call what', () => {
  let t: TestApp;
  let havblikkContract: string;
  beforeAll(async () => {
    t = await startTestApp();
    havblikkContract = await signAgreement(t.rt.store.db, '934567897');
  });
  afterAll(() => t.close());

  const get = async (url: string, keys: typeof DEMO.partnerKeys) => t.inject({ method: 'GET', url, headers: await t.auth(keys) });
  /** A merchant out of reach answers exactly like one that does not exist (apart from the org number asked for). */
  const expectHidden = async (orgno: string, tail: string, keys: typeof DEMO.partnerKeys) => {
    const hidden = await get(`/management/v1/merchants/business:NO:ORG/${orgno}${tail}`, keys);
    const none = await get(`/management/v1/merchants/business:NO:ORG/987654325${tail}`, keys);
    expect(hidden.statusCode, hidden.body).toBe(404);
    expect(none.statusCode).toBe(404);
    expect(JSON.stringify(withoutTrace(hidden))).toBe(JSON.stringify(withoutTrace(none)).replaceAll('987654325', orgno));
  };

  for (const tail of ['', '/sales-units', '/contracts']) {
    it(`${tail || '(merchant)'}: another partner's merchant reads as not existing`, () => expectHidden('923456783', tail, DEMO.otherPartnerKeys));
    it(`${tail || '(merchant)'}: merchant keys on another merchant read as not existing`, async () => {
      await expectHidden('923456783', tail, DEMO.merchantKeys);
      await expectHidden('934567897', tail, DEMO.merchantManagementKeys);
    });
    it(`${tail || '(merchant)'}: accounting keys are refused`, async () => {
      const res = await get(`/management/v1/merchants/business:NO:ORG/923456783${tail}`, DEMO.accountingKeys);
      expect(res.statusCode).toBe(403);
    });
    it(`${tail || '(merchant)'}: credentials are checked`, () => expectCredentialChecks(t, { method: 'GET', url: `/management/v1/merchants/business:NO:ORG/923456783${tail}` }));
  }

  it('GET /merchants refuses accounting keys and checks credentials', async () => {
    expect((await get('/management/v1/merchants', DEMO.accountingKeys)).statusCode).toBe(403);
    await expectCredentialChecks(t, { method: 'GET', url: '/management/v1/merchants' });
  });

  it('a contract PDF is only served under its own merchant, to callers who see that merchant', async () => {
    const own = `/management/v1/merchants/business:NO:ORG/934567897/contracts/${havblikkContract}.pdf`;
    expect((await get(own, DEMO.merchantKeys)).statusCode).toBe(200);
    expect((await get(own, DEMO.partnerKeys)).statusCode).toBe(404);
    expect((await get(own, DEMO.accountingKeys)).statusCode).toBe(403);
    const elsewhere = await get(`/management/v1/merchants/business:NO:ORG/923456783/contracts/${havblikkContract}.pdf`, DEMO.partnerKeys);
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.body).not.toContain('%PDF');
    await expectCredentialChecks(t, { method: 'GET', url: own }, DEMO.merchantKeys);
  });

  it('refuses an expired token', async () => {
    await expectExpiredTokenRefused({ method: 'GET', url: '/management/v1/merchants' });
    await expectExpiredTokenRefused({ method: 'GET', url: '/management/v1/merchants/business:NO:ORG/923456783/contracts' });
  });
});
