import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { UNITS } from '../../support/payments-world.js';
import { activeAgreement, auth, chargeBody, createCharge, headers, merchantCaller, RECURRING_WORLD, type Caller } from '../../support/recurring.js';
import type { World } from '../../../src/domain/world/world-schema.js';

// The list of an agreement's charges pages with the Continuation-Token header, as the
// agreements list does (api-guide: "Continuation-Token header"): at most 1000 charges an
// answer, a token while more follow, sent back for the next page. A token is short-lived
// and leads only to the next page of the list it came from.
const PAGE = 1000;
const otherPartner: Caller = { keys: DEMO.otherPartnerKeys, msn: UNITS.otherPartner };
const kafe: Caller = { keys: DEMO.partnerKeys, msn: DEMO.units.partnerKafe };
// Recurring allowed on a unit of another partner too, so it has agreements of its own.
const WORLD = { ...RECURRING_WORLD, salesUnits: (RECURRING_WORLD.salesUnits ?? []).map((u) => (u.msn === UNITS.otherPartner ? { ...u, configuration: { ...u.configuration, recurringAllowed: true } } : u)) } as World;

describe('GET /recurring/v3/agreements/{agreementId}/charges: Continuation-Token paging', () => {
  let t: TestApp;
  let agreementId: string;
  let ids: string[];
  beforeAll(async () => {
    t = await startTestApp({ world: WORLD });
    agreementId = await activeAgreement(t);
    // Three more than a page, made in one call; their orderIds sort as they were made.
    const prefix = `pg${randomBytes(4).toString('hex')}`;
    ids = Array.from({ length: PAGE + 3 }, (_, i) => `${prefix}${String(i).padStart(4, '0')}`);
    const res = await t.inject({ method: 'POST', url: '/recurring/v3/agreements/charges', headers: await headers(t), payload: ids.map((orderId) => ({ ...chargeBody(t), agreementId, orderId })) });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json().validCharges).toHaveLength(ids.length);
  });
  afterAll(() => t.close());

  const list = async (o: { agreement?: string; caller?: Caller; token?: string; query?: string } = {}) =>
    t.inject({
      method: 'GET',
      url: `/recurring/v3/agreements/${o.agreement ?? agreementId}/charges${o.query ?? ''}`,
      headers: { ...(await auth(t, o.caller)), ...(o.token ? { 'continuation-token': o.token } : {}) },
    });

  const firstToken = async (o: { query?: string } = {}) => {
    const res = await list(o);
    expect(res.statusCode, res.body).toBe(200);
    const token = res.headers['continuation-token'];
    expect(typeof token).toBe('string');
    return token as string;
  };

  describe('happy', () => {
    it('walks every charge once, in order: a full page with a token, then the rest without one', async () => {
      const first = await list();
      expect(first.statusCode, first.body).toBe(200);
      const page1 = first.json() as { id: string }[];
      expect(page1).toHaveLength(PAGE);
      const token = first.headers['continuation-token'] as string;
      expect(token).toMatch(/^[0-9a-f-]{36}$/);
      const second = await list({ token });
      expect(second.statusCode, second.body).toBe(200);
      const page2 = second.json() as { id: string }[];
      expect(second.headers['continuation-token']).toBeUndefined();
      expect([...page1, ...page2].map((c) => c.id)).toEqual(ids);
      // The token may be used again while it lives: the same next page.
      expect(((await list({ token })).json() as { id: string }[]).map((c) => c.id)).toEqual(ids.slice(PAGE));
    });

    it('pages a status filter too, and a list that fits one page carries no token', async () => {
      const first = await list({ query: '?status=PENDING' });
      expect(first.json()).toHaveLength(PAGE);
      const token = first.headers['continuation-token'] as string;
      const rest = await list({ query: '?status=PENDING', token });
      expect((rest.json() as { id: string }[]).map((c) => c.id)).toEqual(ids.slice(PAGE));
      expect(rest.headers['continuation-token']).toBeUndefined();
      const small = await list({ agreement: await activeAgreement(t) });
      expect(small.statusCode).toBe(200);
      expect(small.headers['continuation-token']).toBeUndefined();
    });
  });

  describe('error', () => {
    it('an unknown token: 400 naming the header, with what to do', async () => {
      const res = await list({ token: 'not-a-token-at-all' });
      expect(res.statusCode).toBe(400);
      expect(res.json().extraDetails[0].field).toBe('Continuation-Token');
      expect(res.json().detail).toMatch(/without it/);
    });

    it("a token of another agreement's list, or of another status filter: 400", async () => {
      const token = await firstToken();
      const other = await activeAgreement(t);
      await createCharge(t, other);
      expect((await list({ agreement: other, token })).statusCode).toBe(400);
      expect((await list({ query: '?status=PENDING', token })).statusCode).toBe(400);
      expect((await list({ query: '?status=CHARGED', token })).statusCode).toBe(400);
      // The token still works for its own list.
      expect((await list({ token })).statusCode).toBe(200);
    });

    it('a token that has expired: 400', async () => {
      const token = await firstToken();
      await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 11 * 60 } });
      const res = await list({ token });
      expect(res.statusCode).toBe(400);
      expect(res.json().extraDetails[0].field).toBe('Continuation-Token');
    });
  });

  describe('security', () => {
    it("a token leads nowhere for another partner, another unit of the same partner, or a merchant's own keys", async () => {
      const token = await firstToken();
      for (const caller of [otherPartner, kafe, merchantCaller]) {
        const theirs = await activeAgreement(t, {}, caller);
        const res = await list({ agreement: theirs, caller, token });
        expect(res.statusCode, `${caller.msn ?? 'merchant'}: ${res.body}`).toBe(400);
        expect(res.json().extraDetails[0].field).toBe('Continuation-Token');
        expect(res.body).not.toContain(agreementId);
      }
    });

    it("another partner with the owner's token on the owner's agreement: 403 Invalid MSN, no charges", async () => {
      const token = await firstToken();
      const res = await list({ caller: { keys: DEMO.otherPartnerKeys, msn: DEMO.units.partnerNett }, token });
      expect(res.statusCode).toBe(403);
      expect(res.json().title).toBe('Invalid MSN');
      expect(res.headers['continuation-token']).toBeUndefined();
    });
  });
});
