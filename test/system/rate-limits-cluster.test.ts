// The documented limits hold across nodes, and a fault rule added on one node is applied by
// every node: on PostgreSQL two vpp processes share the database (and the counters); on
// SQLite one process takes every call.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_URL } from '../support/app.js';
import { adjust, createPayment, nodeOf, payer, type Node } from '../support/cluster.js';
import { freshStore, startVpp } from '../support/vpp-process.js';

const where = PG_URL ? 'postgres, 2 processes' : 'sqlite, 1 process';

describe(`rate limits and faults on every node (${where})`, () => {
  let store: Awaited<ReturnType<typeof freshStore>>;
  const nodes: Node[] = [];
  const masterKey = randomBytes(32).toString('hex');
  beforeAll(async () => {
    store = await freshStore();
    const env = { VPP_RATE_LIMITS: undefined };
    nodes.push(nodeOf('a', await startVpp({ ...store, masterKey, env })));
    if (PG_URL) nodes.push(nodeOf('b', await startVpp({ ...store, masterKey, env })));
  }, 120_000);
  afterAll(async () => {
    for (const n of nodes) await n.vpp.kill('SIGTERM');
    await store?.dispose();
  });
  const nodeFor = (i: number) => nodes[i % nodes.length]!;

  it('12 simultaneous captures of one reference spread over the nodes: 5 go through, 7 are 429', async () => {
    const reference = await createPayment(nodes[0]!, 1000, `limits-${randomUUID()}`);
    await payer(nodeFor(1), reference, 'approve');
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => adjust(nodeFor(i), reference, 'capture', 10)));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
    const state = await nodes[0]!.api.call('GET', `/epayment/v1/payments/${reference}`, await nodes[0]!.auth());
    expect(state.json.aggregate.capturedAmount.value).toBe(50);
  }, 60_000);

  it('a fault rule added through one node is applied by the other, its times counted once', async () => {
    const added = await nodeFor(0).api.call('POST', '/_sim/faults', {}, { kind: 'status', status: 503, route: '/epayment/v1/payments/:reference', times: 2 });
    expect(added.status).toBe(201);
    const answers = [];
    for (let i = 1; i <= 4; i++) answers.push((await nodeFor(i).api.call('GET', '/epayment/v1/payments/cluster-reference', await nodeFor(i).auth())).status);
    expect(answers).toEqual([503, 503, 404, 404]);
  }, 60_000);
});
