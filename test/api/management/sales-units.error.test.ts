import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { problemFields } from '../../support/management.js';
import { pngBase64 } from '../../support/png.js';

describe('Management API sales units: documented errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const patch = async (payload: unknown, msn = '212345') =>
    t.inject({ method: 'PATCH', url: `/management/v1/sales-units/${msn}`, headers: await t.auth(DEMO.partnerKeys), payload: payload as object });
  const unchanged = async () => {
    const row = await t.rt.store.db.selectFrom('sales_units').select(['name', 'logo', 'status']).where('msn', '=', '212345').executeTakeFirstOrThrow();
    expect(row).toEqual({ name: 'Fjellbakeriet Nett', logo: null, status: 'ACTIVE' });
    expect(await t.rt.store.db.selectFrom('sales_unit_changes').select('id').execute()).toEqual([]);
  };

  for (const url of ['/management/v1/sales-units/', '/management/v1/api-quality/sales-units/']) {
    it(`${url}{msn} refuses an MSN that is not 5 or 6 digits`, async () => {
      const res = await t.inject({ method: 'GET', url: `${url}21a345`, headers: await t.auth(DEMO.partnerKeys) });
      expect(res.statusCode).toBe(400);
      expect(problemFields(res)).toHaveProperty('msn');
    });
    it(`${url}{msn} answers 404 for a unit that does not exist`, async () => {
      const res = await t.inject({ method: 'GET', url: `${url}999999`, headers: await t.auth(DEMO.partnerKeys) });
      expect(res.statusCode).toBe(404);
      expect(res.json().detail).toMatch(/No sales unit with MSN 999999/);
    });
  }

  it('PATCH refuses an empty change, naming the fields it takes', async () => {
    const res = await patch({});
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toMatch(/name, salesUnitLogo and status/);
    await unchanged();
  });

  it('PATCH lists every problem: name, status and unknown fields', async () => {
    const res = await patch({ name: 'N'.repeat(31), status: 'PAUSED', colour: 'red' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(problemFields(res)).sort()).toEqual(['colour', 'name', 'status']);
    await unchanged();
  });

  it('PATCH refuses a logo that is not a real PNG of the right size, and changes nothing', async () => {
    for (const [logo, words] of [
      [pngBase64(99, 99), /at least 100×100/],
      [pngBase64(1200, 300), /at most 1000/],
      [Buffer.from('just some text, not an image').toString('base64'), /PNG/],
    ] as const) {
      const res = await patch({ name: 'New name', salesUnitLogo: logo });
      expect(res.statusCode).toBe(400);
      expect(problemFields(res).salesUnitLogo).toMatch(words);
    }
    await unchanged();
  });

  it('answers 404 for a unit whose merchant is deactivated', async () => {
    await t.rt.store.db.updateTable('merchants').set({ status: 'DEACTIVATED' }).where('orgno', '=', '934567897').execute();
    const headers = await t.auth(DEMO.merchantKeys);
    expect((await t.inject({ method: 'GET', url: '/management/v1/sales-units/312345', headers })).statusCode).toBe(404);
    expect((await t.inject({ method: 'PATCH', url: '/management/v1/sales-units/312345', headers, payload: { name: 'X' } })).statusCode).toBe(404);
    expect((await t.inject({ method: 'GET', url: '/management/v1/sales-units', headers })).json()).toEqual([]);
    await t.rt.store.db.updateTable('merchants').set({ status: 'ACTIVE' }).where('orgno', '=', '934567897').execute();
  });
});
