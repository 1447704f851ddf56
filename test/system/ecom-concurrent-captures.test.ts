// eCom captures race like ePayment ones (one engine): 50 simultaneous 1 NOK captures of a
// 10 NOK reservation capture exactly 10 NOK; one X-Request-Id sent to every node at once
// captures once. On PostgreSQL split across two vpp processes; on SQLite one process.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_URL } from '../support/app.js';
import { DEMO } from '../support/demo.js';
import { client, freshStore, startVpp, type VppProcess } from '../support/vpp-process.js';

const MSN = DEMO.units.partnerNett;
const title = PG_URL
  ? 'eCom: 50 simultaneous captures split across two vpp processes sharing PostgreSQL'
  : 'eCom: 50 simultaneous captures on one vpp process on SQLite (the two-process variant needs VPP_TEST_DATABASE_URL)';

describe(title, () => {
  let store: Awaited<ReturnType<typeof freshStore>>;
  const nodes: VppProcess[] = [];
  const masterKey = randomBytes(32).toString('hex');

  beforeAll(async () => {
    store = await freshStore();
    nodes.push(await startVpp({ ...store, masterKey, extraArgs: ['--no-worker'] }));
    if (PG_URL) nodes.push(await startVpp({ ...store, masterKey, extraArgs: ['--no-worker'] }));
  });
  afterAll(async () => {
    for (const n of nodes) await n.kill('SIGTERM');
    await store.dispose();
  });

  async function headersFor(node: VppProcess) {
    const token = await client(node.baseUrl).token(DEMO.partnerKeys);
    return { authorization: `Bearer ${token}`, 'ocp-apim-subscription-key': DEMO.partnerKeys.subscriptionKey, 'merchant-serial-number': MSN };
  }

  async function reservedOrder(amount: number) {
    const orderId = `race-${randomUUID().slice(0, 30)}`;
    const res = await client(nodes[0]!.baseUrl).call('POST', '/ecomm/v2/payments', await headersFor(nodes[0]!), {
      customerInfo: { mobileNumber: '91234567' },
      merchantInfo: { merchantSerialNumber: MSN, callbackPrefix: 'https://shop.example/cb', fallBack: 'https://shop.example/back' },
      transaction: { orderId, amount, transactionText: 'race' },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect((await client(nodes.at(-1)!.baseUrl).call('POST', `/_sim/ecom/${MSN}/${orderId}/approve`, {}, {})).status).toBe(200);
    return orderId;
  }

  const capture = (node: VppProcess, headers: Record<string, string>, orderId: string, amount: number, requestId: string) =>
    client(node.baseUrl).call('POST', `/ecomm/v2/payments/${orderId}/capture`, { ...headers, 'x-request-id': requestId }, { merchantInfo: { merchantSerialNumber: MSN }, transaction: { amount, transactionText: 'part' } });

  it('captures exactly 10 NOK and refuses the other 40 with Payment 61', async () => {
    const orderId = await reservedOrder(1000);
    const headers = await Promise.all(nodes.map(headersFor));
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => capture(nodes[i % nodes.length]!, headers[i % nodes.length]!, orderId, 100, randomUUID().slice(0, 36))));
    const ok = results.filter((r) => r.status === 200).length;
    const refused = results.filter((r) => r.status === 400 && r.json[0]?.errorCode === '61').length;
    const d = await client(nodes[0]!.baseUrl).call('GET', `/ecomm/v2/payments/${orderId}/details`, headers[0]!);
    const captures = d.json.transactionLogHistory.filter((e: { operation: string }) => e.operation === 'CAPTURE').length;
    process.stdout.write(`ecom concurrency (${PG_URL ? 'postgres, 2 processes' : 'sqlite, 1 process'}): ${ok} captured, ${refused} refused, captured ${d.json.transactionSummary.capturedAmount}, ${captures} CAPTURE entries\n`);
    expect(ok).toBe(10);
    expect(refused).toBe(40);
    expect(d.json.transactionSummary.capturedAmount).toBe(1000);
    expect(captures).toBe(10);
  });

  it('one X-Request-Id sent to every node at once captures once, with one answer', async () => {
    const orderId = await reservedOrder(1000);
    const headers = await Promise.all(nodes.map(headersFor));
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => capture(nodes[i % nodes.length]!, headers[i % nodes.length]!, orderId, 300, 'same-request')));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(new Set(results.map((r) => JSON.stringify(r.json))).size).toBe(1);
    const d = await client(nodes[0]!.baseUrl).call('GET', `/ecomm/v2/payments/${orderId}/details`, headers[0]!);
    expect(d.json.transactionSummary.capturedAmount).toBe(300);
  });
});
