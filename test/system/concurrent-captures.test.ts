// Money never moves twice: 50 simultaneous 1 NOK captures on a 10 NOK authorisation capture
// exactly 10 NOK. On PostgreSQL the captures are split across two vpp processes sharing the
// database; on SQLite (one process per database file) one process takes them all.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_URL } from '../support/app.js';
import { DEMO } from '../support/demo.js';
import { client, freshStore, startVpp, type VppProcess } from '../support/vpp-process.js';

const title = PG_URL
  ? '50 simultaneous 1 NOK captures split across two vpp processes sharing PostgreSQL'
  : '50 simultaneous 1 NOK captures on one vpp process on SQLite (the PostgreSQL variant with two processes needs VPP_TEST_DATABASE_URL)';

describe(title, () => {
  let store: Awaited<ReturnType<typeof freshStore>>;
  const nodes: VppProcess[] = [];
  const masterKey = randomBytes(32).toString('hex');

  beforeAll(async () => {
    store = await freshStore();
    // One after the other: the first migrates and seeds the demo world.
    nodes.push(await startVpp({ ...store, masterKey, extraArgs: ['--no-worker'] }));
    if (PG_URL) nodes.push(await startVpp({ ...store, masterKey, extraArgs: ['--no-worker'] }));
  });
  afterAll(async () => {
    for (const n of nodes) await n.kill('SIGTERM');
    await store.dispose();
  });

  async function headersFor(node: VppProcess) {
    const token = await client(node.baseUrl).token(DEMO.partnerKeys);
    return { authorization: `Bearer ${token}`, 'ocp-apim-subscription-key': DEMO.partnerKeys.subscriptionKey, 'merchant-serial-number': DEMO.units.partnerNett };
  }

  async function authorizedPayment(value: number) {
    const api = client(nodes[0]!.baseUrl);
    const reference = `race-${randomUUID()}`;
    const res = await api.call('POST', '/epayment/v1/payments', { ...(await headersFor(nodes[0]!)), 'idempotency-key': randomUUID() }, {
      amount: { currency: 'NOK', value },
      paymentMethod: { type: 'WALLET' },
      reference,
      userFlow: 'WEB_REDIRECT',
      returnUrl: 'https://shop.example/back',
    });
    expect(res.status).toBe(201);
    // Approved through the other node: both see the same database.
    expect((await client(nodes.at(-1)!.baseUrl).call('POST', `/_sim/payments/${DEMO.units.partnerNett}/${reference}/approve`, {}, { phoneNumber: '4791234567' })).status).toBe(200);
    return reference;
  }

  it('capture exactly 10 NOK and refuse the other 40', async () => {
    const reference = await authorizedPayment(1000);
    const headers = await Promise.all(nodes.map(headersFor));
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => {
        const n = i % nodes.length;
        return client(nodes[n]!.baseUrl).call('POST', `/epayment/v1/payments/${reference}/capture`, { ...headers[n]!, 'idempotency-key': randomUUID() }, { modificationAmount: { currency: 'NOK', value: 100 } });
      }),
    );
    const ok = results.filter((r) => r.status === 200).length;
    const refused = results.filter((r) => r.status === 400 && r.json.title === 'Capture amount too high').length;
    const byNode = nodes.map((_, n) => results.filter((r, i) => i % nodes.length === n && r.status === 200).length);
    const payment = await client(nodes[0]!.baseUrl).call('GET', `/epayment/v1/payments/${reference}`, headers[0]!);
    const events = await client(nodes.at(-1)!.baseUrl).call('GET', `/epayment/v1/payments/${reference}/events`, headers.at(-1)!);
    const captures = events.json.filter((e: { name: string }) => e.name === 'CAPTURED').length;
    process.stdout.write(`concurrency (${PG_URL ? 'postgres, 2 processes' : 'sqlite, 1 process'}): ${ok} captured (per node ${byNode.join('+')}), ${refused} refused, captured ${payment.json.aggregate.capturedAmount.value} of ${payment.json.aggregate.authorizedAmount.value}, ${captures} CAPTURED events\n`);
    expect(ok).toBe(10);
    expect(refused).toBe(40);
    expect(payment.json.aggregate.capturedAmount.value).toBe(1000);
    expect(captures).toBe(10);
  });

  it('one Idempotency-Key sent to every node at once captures once, and every answer is the same', async () => {
    const reference = await authorizedPayment(1000);
    const headers = await Promise.all(nodes.map(headersFor));
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        const n = i % nodes.length;
        return client(nodes[n]!.baseUrl).call('POST', `/epayment/v1/payments/${reference}/capture`, { ...headers[n]!, 'idempotency-key': key }, { modificationAmount: { currency: 'NOK', value: 300 } });
      }),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(new Set(results.map((r) => JSON.stringify(r.json))).size).toBe(1);
    const payment = await client(nodes[0]!.baseUrl).call('GET', `/epayment/v1/payments/${reference}`, headers[0]!);
    expect(payment.json.aggregate.capturedAmount.value).toBe(300);
  });
});
