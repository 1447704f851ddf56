// 011_request_log_sequence rebuilds the request log under a sequence key: the rows logged
// before the upgrade must all be there after it, in order, still counted by API quality.
// 013_request_log_one_index keeps one index: the inspector still lists newest first.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/db.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { insertRequestLog } from '../../src/store/request-log-repo.js';
import { addRequestCounts, countUnitRequests } from '../../src/store/request-counts-repo.js';
import { listRequestLog } from '../../src/store/request-log-query-repo.js';
import { dropSchema, PG_URL } from '../support/app.js';

describe('upgrading the request log to a sequence key', () => {
  let store: Store | undefined;
  const pgSchema = PG_URL ? `t_${randomBytes(6).toString('hex')}` : undefined;
  afterEach(async () => {
    await store?.close();
    if (pgSchema) await dropSchema(pgSchema);
  });

  it('keeps every row logged before the upgrade and appends after them', async () => {
    store = await openStore({ databaseUrl: PG_URL, inMemory: true, pgSchema });
    await migrateToLatest(store, { upTo: '010_outbox_pending_index' });
    const row = (id: string, at: number, status: number) => ({
      id, at, api: 'management', method: 'GET', route: '/management/v1/sales-units/:msn', path: '/management/v1/sales-units/212345',
      status, latency_ms: 1.5, msn: '212345', key_set_id: null, key_kind: 'partner', owner: 'Fjordkassa Platform',
      system_name: null, system_version: null, plugin_name: null, plugin_version: null,
    });
    // Before 011 the table has no seq column.
    await (store.db as any).insertInto('api_requests').values([row('old-2', 2000, 404), row('old-1', 1000, 200)]).execute();

    expect(await migrateToLatest(store)).toContain('011_request_log_sequence');

    await store.db.insertInto('api_requests').values(row('old-1', 3000, 200)).execute();
    await addRequestCounts(store.db, [row('old-1', 3000, 200)]); // as the request-log writer does
    const rows = await store.db.selectFrom('api_requests').select(['seq', 'id', 'at']).orderBy('seq').execute();
    expect(rows.map((r) => [r.id, Number(r.at)])).toEqual([['old-1', 1000], ['old-2', 2000], ['old-1', 3000]]);
    expect(await countUnitRequests(store.db, '212345')).toEqual(
      expect.arrayContaining([
        { method: 'GET', route: '/management/v1/sales-units/:msn', status: 200, count: 2 },
        { method: 'GET', route: '/management/v1/sales-units/:msn', status: 404, count: 1 },
      ]),
    );
  });

  it('lists the newest first, for one unit and for all, with a status filter', async () => {
    store = await openStore({ databaseUrl: PG_URL, inMemory: true, pgSchema });
    await migrateToLatest(store);
    const row = (id: string, msn: string, status: number, at: number) => ({
      id, at, api: 'epayment', method: 'GET', route: '/epayment/v1/payments/:reference', path: `/epayment/v1/payments/${id}`,
      status, latency_ms: 1, msn, key_set_id: null, key_kind: 'partner', owner: 'Fjordkassa Platform',
      system_name: null, system_version: null, plugin_name: null, plugin_version: null,
    });
    // The order answered decides, whatever the clock said: it may stand still (a simulated
    // clock) or step back (the system clock corrected), as it does here for b2 and a3.
    await insertRequestLog(store.db, [row('a1', '111111', 200, 5000), row('b1', '222222', 404, 5000), row('a2', '111111', 404, 6000), row('b2', '222222', 200, 4000)]);
    await insertRequestLog(store.db, [row('a3', '111111', 200, 3000)]);
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
    expect(ids(await listRequestLog(store.db, { limit: 10 }))).toEqual(['a3', 'b2', 'a2', 'b1', 'a1']);
    expect(ids(await listRequestLog(store.db, { msn: '111111', limit: 2 }))).toEqual(['a3', 'a2']);
    expect(ids(await listRequestLog(store.db, { msn: '222222', status: { from: 400, to: 499 }, limit: 10 }))).toEqual(['b1']);
  });
});
