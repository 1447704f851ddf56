import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { problemFields } from '../../support/management.js';

const paths = ['', '/sales-units', '/contracts'];

describe('Management API merchants: documented errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const get = async (url: string) => t.inject({ method: 'GET', url, headers: await t.auth(DEMO.partnerKeys) });

  for (const tail of paths) {
    it(`${tail || '(merchant)'}: another scheme is a 400 that says which one exists`, async () => {
      const res = await get(`/management/v1/merchants/business:DK:CVR/923456783${tail}`);
      expect(res.statusCode).toBe(400);
      expect(problemFields(res)).toEqual({ scheme: expect.stringMatching(/only business:NO:ORG/) });
    });

    it(`${tail || '(merchant)'}: an org number failing its check digit is a 400`, async () => {
      const res = await get(`/management/v1/merchants/business:NO:ORG/923456784${tail}`);
      expect(res.statusCode).toBe(400);
      expect(problemFields(res)).toEqual({ id: expect.stringMatching(/mod-11 check digit/) });
    });

    it(`${tail || '(merchant)'}: an organisation that is no merchant is a 404`, async () => {
      const res = await get(`/management/v1/merchants/business:NO:ORG/975312461${tail}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().detail).toMatch(/No merchant with business identifier business:NO:ORG 975312461/);
    });
  }

  it('a contract that does not exist is a 404, a malformed file name a 400', async () => {
    const missing = await get('/management/v1/merchants/business:NO:ORG/923456783/contracts/0b9c2a4e-1111-4222-8333-944455556666.pdf');
    expect(missing.statusCode).toBe(404);
    const malformed = await get('/management/v1/merchants/business:NO:ORG/923456783/contracts/agreement.doc');
    expect(malformed.statusCode).toBe(400);
    expect(problemFields(malformed)).toHaveProperty('file');
  });
});
