// VPP_NO_CACHE=1 (config `noCache`), for debugging: no cached reads, each SQLite transaction
// commits on its own, and answers go to their sockets one by one. Each case is run with the
// switch off as well, so the test shows what the switch changes.
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/db.js';
import { cachedRead } from '../../src/store/sqlite/cached-read.js';
import { prepared } from '../../src/store/sqlite/prepared.js';
import { startTestApp, type TestApp } from '../support/app.js';

const PG = !!process.env.VPP_TEST_DATABASE_URL;

describe.skipIf(PG).each([{ noCache: false }, { noCache: true }])('the SQLite store with noCache: $noCache', ({ noCache }) => {
  let store: Store;
  let dir: string;
  afterEach(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const open = async () => {
    dir = mkdtempSync(join(tmpdir(), 'vpp-no-cache-'));
    store = await openStore({ file: join(dir, 'db.sqlite'), noCache });
    const db = store.db as never as Kysely<any>;
    await sql`create table item (id integer primary key, label text not null)`.execute(db);
    await sql`create table child (id integer primary key, item_id integer not null references item (id) deferrable initially deferred)`.execute(db);
    return db;
  };

  it(noCache ? 'reads the database on every call' : 'answers a repeated read from memory', async () => {
    const db = await open();
    await db.insertInto('item').values({ id: 1, label: 'a' }).execute();
    const byLabel = cachedRead(prepared((d, label: string) => (d as Kysely<any>).selectFrom('item').selectAll().where('label', '=', label), 1), ['item']);
    const first = await byLabel.all(db, 'a');
    const second = await byLabel.all(db, 'a');
    expect(second).toEqual([{ id: 1, label: 'a' }]);
    expect(second === first).toBe(!noCache);
  });

  it(noCache ? 'commits each transaction on its own' : 'commits queued transactions together', async () => {
    const db = await open();
    const results = await Promise.allSettled([
      db.transaction().execute((tx) => tx.insertInto('item').values({ id: 1, label: 'a' }).execute()),
      // A deferred foreign key is checked at COMMIT: a shared COMMIT fails for everyone in it.
      db.transaction().execute((tx) => tx.insertInto('child').values({ id: 1, item_id: 999 }).execute()),
      db.transaction().execute((tx) => tx.insertInto('item').values({ id: 2, label: 'b' }).execute()),
    ]);
    expect(results.map((r) => r.status)).toEqual(noCache ? ['fulfilled', 'rejected', 'fulfilled'] : ['rejected', 'rejected', 'rejected']);
  });
});

describe.each([{ noCache: false }, { noCache: true }])('the HTTP server with noCache: $noCache', ({ noCache }) => {
  let t: TestApp;
  afterEach(async () => {
    await t?.close();
  });

  it(noCache ? 'writes each answer to its socket at once' : 'holds answers to write them together', async () => {
    t = await startTestApp({ config: { noCache } });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const accepted = new Promise<Socket>((resolve) => t.app.server.once('connection', resolve));
    const client = connect((t.app.server.address() as AddressInfo).port, '127.0.0.1');
    try {
      const socket = await accepted;
      // Coalescing replaces the socket's own write functions.
      expect(Object.hasOwn(socket, '_write')).toBe(!noCache);
    } finally {
      client.destroy();
    }
  });
});
