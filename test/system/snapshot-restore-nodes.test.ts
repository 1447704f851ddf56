// A snapshot restored on one node is what every node serves next: its data and its clock.
// On PostgreSQL two vpp processes share the database; on SQLite (one process per file) the
// one process serves both roles.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_URL } from '../support/app.js';
import { createPayment, nodeOf, type Node } from '../support/cluster.js';
import { freshStore, startVpp, type VppProcess } from '../support/vpp-process.js';

const title = PG_URL
  ? 'a snapshot restored on one of two vpp processes sharing PostgreSQL'
  : 'a snapshot restored on one vpp process on SQLite (the two-process variant needs VPP_TEST_DATABASE_URL)';

describe(title, () => {
  let store: Awaited<ReturnType<typeof freshStore>>;
  const procs: VppProcess[] = [];
  let a: Node;
  let b: Node;
  const masterKey = randomBytes(32).toString('hex');

  beforeAll(async () => {
    store = await freshStore();
    procs.push(await startVpp({ ...store, masterKey }));
    if (PG_URL) procs.push(await startVpp({ ...store, masterKey }));
    a = nodeOf('a', procs[0]!);
    b = nodeOf('b', procs.at(-1)!);
  }, 120_000);
  afterAll(async () => {
    for (const p of procs) await p.kill('SIGTERM');
    await store?.dispose();
  });

  it('serves the restored data and clock from every node at once', async () => {
    const kept = await createPayment(a, 1000);
    expect((await a.api.call('POST', '/_sim/snapshots', {}, { name: 'before' })).status).toBe(201);
    const savedAt = Date.parse((await b.api.call('GET', '/_sim/clock', {})).json.now);

    const gone = await createPayment(b, 2000);
    expect((await b.api.call('POST', '/_sim/clock', {}, { advanceSeconds: 2 * 86400 })).status).toBe(200);

    expect((await a.api.call('POST', '/_sim/snapshots/before/restore', {})).status).toBe(200);
    // Through the partner's API on the other node, with a token it issued before the restore.
    const headers = await b.auth();
    // The other node takes up the restored clock when it next reads it (each second): until
    // then its clock is two days ahead and the token looks expired there.
    const deadline = Date.now() + 10_000;
    let first = await b.api.call('GET', `/epayment/v1/payments/${gone}`, headers);
    while (first.status === 401 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      first = await b.api.call('GET', `/epayment/v1/payments/${gone}`, headers);
    }
    expect(first.status, JSON.stringify(first.json)).toBe(404);
    expect((await b.api.call('GET', `/epayment/v1/payments/${kept}`, headers)).json.state).toBe('CREATED');
    const now = Date.parse((await b.api.call('GET', '/_sim/clock', {})).json.now);
    expect(now).toBeGreaterThanOrEqual(savedAt);
    expect(now).toBeLessThan(savedAt + 86400_000);
  }, 120_000);
});
