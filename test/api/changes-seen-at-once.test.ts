// vpp keeps the caller's key set and sales units in memory between requests (on SQLite).
// Whatever changes them, the very next request must see the change: on SQLite any write
// through vpp's connection, API or not (no other process can open the file while vpp runs);
// on PostgreSQL a write by another node or an operator's SQL (nothing is cached there).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompiledQuery } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_URL, startTestApp, type TestApp } from '../support/app.js';
import { DEMO } from '../support/demo.js';
import { paymentBody } from '../support/payments.js';

/** A write that does not go through vpp's API. */
interface OtherWriter {
  run(sqlText: string, params: unknown[]): Promise<void>;
  close(): Promise<void>;
}

async function otherWriter(t: TestApp): Promise<OtherWriter> {
  if (PG_URL) {
    // Another connection, as another node or an operator's SQL client has.
    const client = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${t.pgSchema}` });
    await client.connect();
    return {
      run: async (text, params) => {
        await client.query(text.replace(/\?/g, (_m, i: number, s: string) => `$${s.slice(0, i).split('?').length}`), params);
      },
      close: () => client.end(),
    };
  }
  // Plain SQL on vpp's own connection, past every repository.
  return {
    run: async (text, params) => {
      await t.rt.store.db.executeQuery(CompiledQuery.raw(text, params));
    },
    close: async () => {},
  };
}

// Also with VPP_NO_CACHE=1 (noCache): the same behaviour with caching and grouped commits off.
describe.each([{ noCache: false }, { noCache: true }])('changes to key sets and sales units count from the next request (noCache: $noCache)', ({ noCache }) => {
  let t: TestApp;
  let dir: string;
  let other: OtherWriter;
  const unitPath = `/management/v1/sales-units/${DEMO.units.partnerKafe}`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vpp-changes-'));
    t = await startTestApp({ config: PG_URL ? { noCache } : { inMemory: false, dataDir: dir, noCache } });
    other = await otherWriter(t);
  });
  afterAll(async () => {
    await other?.close();
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const getUnit = async () => t.inject({ method: 'GET', url: unitPath, headers: await t.auth(DEMO.partnerKeys) });

  it('a unit renamed outside the API shows its new name on the next GET', async () => {
    expect((await getUnit()).json().name).not.toBe('Renamed elsewhere');
    await other.run('update sales_units set name = ? where msn = ?', ['Renamed elsewhere', DEMO.units.partnerKafe]);
    expect((await getUnit()).json().name).toBe('Renamed elsewhere');
  });

  it('a unit renamed through the API shows its new name on the next GET', async () => {
    expect((await getUnit()).statusCode).toBe(200);
    const patch = await t.inject({ method: 'PATCH', url: unitPath, headers: await t.auth(DEMO.partnerKeys), payload: { name: 'Renamed here' } });
    expect(patch.statusCode).toBe(200);
    expect((await getUnit()).json().name).toBe('Renamed here');
  });

  it('a unit moved away from the partner outside the API is 404 to that partner on the next request', async () => {
    expect((await getUnit()).statusCode).toBe(200);
    const payment = async () =>
      t.inject({
        method: 'POST',
        url: '/epayment/v1/payments',
        headers: { ...(await t.auth(DEMO.partnerKeys, DEMO.units.partnerKafe)), 'idempotency-key': randomUUID() },
        payload: paymentBody(),
      });
    expect((await payment()).statusCode).toBe(201);
    await other.run('update sales_units set partner_id = null where msn = ?', [DEMO.units.partnerKafe]);
    expect((await getUnit()).statusCode).toBe(404);
    // The same answer as for a unit that was never the partner's.
    expect((await payment()).statusCode).toBe(404);
  });

  it('a key set whose keys were regenerated outside the API stops working on the next request', async () => {
    const headers = await t.auth(DEMO.partnerKeys);
    const whoami = () => t.inject({ method: 'GET', url: '/management/v1/partners/whoami', headers });
    expect((await whoami()).statusCode).toBe(200);
    await other.run('update key_sets set generation = generation + 1 where client_id = ?', [DEMO.partnerKeys.clientId]);
    expect((await whoami()).statusCode).toBe(401);
  });

  it('a client secret replaced outside the API gets no token on the next request', async () => {
    const keys = DEMO.otherPartnerKeys;
    const token = () =>
      t.inject({
        method: 'POST',
        url: '/accesstoken/get',
        headers: { client_id: keys.clientId, client_secret: keys.clientSecret, 'ocp-apim-subscription-key': keys.subscriptionKey },
      });
    expect((await token()).statusCode).toBe(200);
    await other.run('update key_sets set client_secret_hash = ? where client_id = ?', ['replaced', keys.clientId]);
    expect((await token()).statusCode).toBe(401);
  });
});
