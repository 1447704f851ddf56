import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { activeAgreement, auth, merchantCaller } from '../../support/recurring.js';

// The v3 lists page with the Continuation-Token header (api-guide: "Continuation-Token
// header"): returned while more items follow, sent back for the next page.
describe('GET /recurring/v3/agreements: Continuation-Token paging', () => {
  let t: TestApp;
  let ids: string[];
  beforeAll(async () => {
    t = await startTestApp();
    ids = [];
    for (let i = 0; i < 5; i++) ids.push(await activeAgreement(t));
  });
  afterAll(() => t.close());

  const page = async (headers: Record<string, string> = {}, query = 'status=ACTIVE&pageSize=2') =>
    t.inject({ method: 'GET', url: `/recurring/v3/agreements?${query}`, headers: { ...(await auth(t)), ...headers } });

  it('walks every agreement once, two per page, and the last page carries no token', async () => {
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const res = await page(token ? { 'continuation-token': token } : {});
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as { id: string }[];
      expect(body.length).toBeLessThanOrEqual(2);
      seen.push(...body.map((a) => a.id));
      token = res.headers['continuation-token'] as string | undefined;
      if (token) expect(token).toMatch(/^[0-9a-f-]{36}$/);
      pages++;
    } while (token && pages < 20);
    expect(token).toBeUndefined();
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of ids) expect(seen).toContain(id);
    const all = (await page({}, 'status=ACTIVE')).json() as { id: string }[];
    expect(seen).toEqual(all.map((a) => a.id));
  });

  it('an unknown token, a token for another list, another unit or one that expired: 400 naming the header', async () => {
    const first = await page();
    const token = first.headers['continuation-token'] as string;
    expect(token).toBeTruthy();
    const unknown = await page({ 'continuation-token': '7d6f1f0e-0000-4000-8000-000000000000' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().extraDetails[0].field).toBe('Continuation-Token');
    expect((await page({ 'continuation-token': token }, 'status=STOPPED&pageSize=2')).statusCode).toBe(400);
    const otherUnit = await t.inject({ method: 'GET', url: '/recurring/v3/agreements?status=ACTIVE&pageSize=2', headers: { ...(await auth(t, merchantCaller)), 'continuation-token': token } });
    expect(otherUnit.statusCode).toBe(400);
    expect((await page({ 'continuation-token': token })).statusCode).toBe(200);
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 11 * 60 } });
    expect((await page({ 'continuation-token': token })).statusCode).toBe(400);
  });
});
