// A namespace made on one node is usable through another: on PostgreSQL two vpp processes
// share the registry in the main schema and open the namespace's schema on first use; a
// namespace thrown away on one node is gone on the other. On SQLite (one process per file)
// the one process serves both roles.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_URL } from '../support/app.js';
import { createPayment, MSN, nodeOf, waitFor, type Node } from '../support/cluster.js';
import { freshStore, startVpp, type VppProcess } from '../support/vpp-process.js';

const title = PG_URL
  ? 'a namespace shared by two vpp processes on PostgreSQL'
  : 'a namespace on one vpp process on SQLite (the two-process variant needs VPP_TEST_DATABASE_URL)';

describe(title, () => {
  let store: Awaited<ReturnType<typeof freshStore>>;
  const procs: VppProcess[] = [];
  let a: Node;
  let b: Node;
  const masterKey = randomBytes(32).toString('hex');
  const inNs = (n: Node, name: string) => nodeOf(`${n.name}-${name}`, { ...n.vpp, baseUrl: `${n.vpp.baseUrl}/ns/${name}` });

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

  it('serves a namespace made on node A through node B, and forgets it when A deletes it', async () => {
    expect((await a.api.call('POST', '/_sim/namespaces', {}, { name: 'shared' })).status).toBe(201);
    expect((await a.api.call('POST', '/_sim/namespaces', {}, { name: 'other' })).status).toBe(201);
    const onA = inNs(a, 'shared');
    const onB = inNs(b, 'shared');
    const other = inNs(b, 'other');

    // Made through A, seen through B; moved money through B is seen on A.
    const ref = await createPayment(onA, 1000);
    expect((await onB.api.call('POST', `/_sim/payments/${MSN}/${ref}/approve`, {}, { phoneNumber: '4791234567' })).status).toBe(200);
    const capture = await onB.api.call('POST', `/epayment/v1/payments/${ref}/capture`, { ...(await onB.auth()), 'idempotency-key': randomBytes(8).toString('hex') }, { modificationAmount: { currency: 'NOK', value: 400 } });
    expect(capture.status, JSON.stringify(capture.json)).toBe(200);
    const seen = await onA.api.call('GET', `/epayment/v1/payments/${ref}`, await onA.auth());
    expect(seen.json.aggregate.capturedAmount.value).toBe(400);
    // Not in the other namespace, nor the main world, on either node.
    expect((await other.api.call('GET', `/_sim/payments/${MSN}/${ref}`, {})).status).toBe(404);
    expect((await b.api.call('GET', `/_sim/payments/${MSN}/${ref}`, {})).status).toBe(404);

    // The namespace's clock is shared by its nodes, and is not the main world's.
    expect((await onA.api.call('POST', '/_sim/clock', {}, { advanceSeconds: 3 * 86400 })).status).toBe(200);
    await waitFor("node B takes up the namespace's clock", async () => Date.parse((await onB.api.call('GET', '/_sim/clock', {})).json.now) > Date.now() + 2 * 86400_000);
    expect(Date.parse((await b.api.call('GET', '/_sim/clock', {})).json.now)).toBeLessThan(Date.now() + 86400_000);

    expect((await b.api.call('GET', '/_sim/namespaces', {})).json.namespaces.map((n: { name: string }) => n.name)).toEqual(['other', 'shared']);
    expect((await a.api.call('DELETE', '/_sim/namespaces/shared', {})).status).toBe(204);
    await waitFor('node B answers 404 for the deleted namespace', async () => (await onB.api.call('GET', '/_sim/clock', {})).status === 404);
    expect((await other.api.call('GET', '/_sim/clock', {})).status).toBe(200);
  }, 180_000);
});
