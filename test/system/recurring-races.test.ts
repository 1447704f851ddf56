// Recurring money never moves twice: simultaneous captures on a reserved charge capture at
// most what is reserved, simultaneous refunds refund at most what is captured, and a clock
// move across a due date charges every due charge exactly once. On PostgreSQL the calls and
// the due-charge timers run on two vpp processes sharing the database; on SQLite (one
// process per database file) one process takes them all.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_URL } from '../support/app.js';
import { DEMO } from '../support/demo.js';
import { client, freshStore, startVpp, type VppProcess } from '../support/vpp-process.js';

const MSN = DEMO.units.partnerNett;
const PAYER = '4791234567';
const where = PG_URL ? 'postgres, 2 processes' : 'sqlite, 1 process';

describe(`Recurring races (${where})`, () => {
  let store: Awaited<ReturnType<typeof freshStore>>;
  const nodes: VppProcess[] = [];
  const masterKey = randomBytes(32).toString('hex');

  beforeAll(async () => {
    store = await freshStore();
    nodes.push(await startVpp({ ...store, masterKey }));
    if (PG_URL) nodes.push(await startVpp({ ...store, masterKey }));
  });
  afterAll(async () => {
    for (const n of nodes) await n.kill('SIGTERM');
    await store.dispose();
  });

  async function headersFor(node: VppProcess) {
    const token = await client(node.baseUrl).token(DEMO.partnerKeys);
    return { authorization: `Bearer ${token}`, 'ocp-apim-subscription-key': DEMO.partnerKeys.subscriptionKey, 'merchant-serial-number': MSN };
  }

  /** An accepted agreement whose initial charge of `amount` is RESERVED or CHARGED. */
  async function initialCharge(amount: number, transactionType: 'RESERVE_CAPTURE' | 'DIRECT_CAPTURE') {
    const api = client(nodes[0]!.baseUrl);
    const res = await api.call('POST', '/recurring/v3/agreements', { ...(await headersFor(nodes[0]!)), 'idempotency-key': randomUUID() }, {
      pricing: { amount: 10000, currency: 'NOK' },
      interval: { unit: 'MONTH', count: 1 },
      merchantRedirectUrl: 'https://shop.example/back',
      merchantAgreementUrl: 'https://shop.example/mine',
      productName: 'Race',
      phoneNumber: PAYER,
      initialCharge: { amount, description: 'Start', transactionType },
    });
    expect(res.status).toBe(201);
    const accepted = await client(nodes.at(-1)!.baseUrl).call('POST', `/_sim/recurring/agreements/${res.json.agreementId}/accept`, {}, { phoneNumber: PAYER });
    expect(accepted.status).toBe(200);
    return { agreementId: res.json.agreementId as string, chargeId: res.json.chargeId as string };
  }

  async function race(path: string, count: number, amount: number) {
    const headers = await Promise.all(nodes.map(headersFor));
    const results = await Promise.all(
      Array.from({ length: count }, (_, i) => {
        const n = i % nodes.length;
        return client(nodes[n]!.baseUrl).call('POST', path, { ...headers[n]!, 'idempotency-key': randomUUID() }, { amount, description: 'Race' });
      }),
    );
    return { ok: results.filter((r) => r.status === 204).length, refused: results.filter((r) => r.status === 400 || r.status === 409).length, other: results.filter((r) => ![204, 400, 409].includes(r.status)).map((r) => r.status) };
  }

  async function charge(c: { agreementId: string; chargeId: string }) {
    const res = await client(nodes[0]!.baseUrl).call('GET', `/recurring/v3/agreements/${c.agreementId}/charges/${c.chargeId}`, await headersFor(nodes[0]!));
    return res.json;
  }

  it('50 simultaneous 1 NOK captures on a 10 NOK reservation capture exactly 10 NOK', async () => {
    const c = await initialCharge(1000, 'RESERVE_CAPTURE');
    const r = await race(`/recurring/v3/agreements/${c.agreementId}/charges/${c.chargeId}/capture`, 50, 100);
    const after = await charge(c);
    const captures = after.history.filter((e: { event: string }) => e.event === 'CAPTURE').length;
    process.stdout.write(`recurring capture race (${where}): ${r.ok} captured, ${r.refused} refused, captured ${after.summary.captured} of 1000, ${captures} CAPTURE events\n`);
    expect(r.other).toEqual([]);
    expect(r.ok).toBe(10);
    expect(r.refused).toBe(40);
    expect(after).toMatchObject({ status: 'CHARGED', summary: { captured: 1000 } });
    expect(captures).toBe(10);
  });

  it('50 simultaneous 1 NOK refunds on a 10 NOK charge refund exactly 10 NOK', async () => {
    const c = await initialCharge(1000, 'DIRECT_CAPTURE');
    const r = await race(`/recurring/v3/agreements/${c.agreementId}/charges/${c.chargeId}/refund`, 50, 100);
    const after = await charge(c);
    process.stdout.write(`recurring refund race (${where}): ${r.ok} refunded, ${r.refused} refused, refunded ${after.summary.refunded} of ${after.summary.captured}\n`);
    expect(r.other).toEqual([]);
    expect(r.ok).toBe(10);
    expect(after).toMatchObject({ status: 'REFUNDED', summary: { refunded: 1000 } });
  });

  it("one clock move across a due date charges every due charge exactly once, with every node's timer running", async () => {
    const { agreementId } = await initialCharge(100, 'DIRECT_CAPTURE');
    const h = await headersFor(nodes[0]!);
    const clock = await client(nodes[0]!.baseUrl).call('GET', '/_sim/clock', {});
    const now = Date.parse(clock.json.now);
    const due = new Date(now + 2 * 86_400_000).toISOString().slice(0, 10);
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      const res = await client(nodes[i % nodes.length]!.baseUrl).call('POST', `/recurring/v3/agreements/${agreementId}/charges`, { ...h, 'idempotency-key': randomUUID() }, { amount: 1000, transactionType: 'DIRECT_CAPTURE', description: `Due ${i}`, due, retryDays: 0 });
      expect(res.status).toBe(201);
      ids.push(res.json.chargeId);
    }
    const ahead = Math.ceil((Date.parse(`${due}T07:00:00Z`) - now) / 1000) + 60;
    expect((await client(nodes[0]!.baseUrl).call('POST', '/_sim/clock', {}, { advanceSeconds: ahead })).status).toBe(200);
    // The last node reads the moved clock before it issues a token (else the token is
    // stale as soon as its clock catches up); then wait until the timers have charged them all.
    await client(nodes.at(-1)!.baseUrl).call('GET', '/_sim/clock', {});
    const h2 = await headersFor(nodes.at(-1)!);
    let list: { id: string; status: string; history: { event: string }[] }[] = [];
    for (let i = 0; i < 300; i++) {
      const res = await client(nodes.at(-1)!.baseUrl).call('GET', `/recurring/v3/agreements/${agreementId}/charges?status=CHARGED`, h2);
      expect(res.status).toBe(200);
      list = res.json;
      if (list.filter((c) => ids.includes(c.id)).length === ids.length) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const due40 = list.filter((c) => ids.includes(c.id));
    const captureEvents = due40.map((c) => c.history.filter((e) => e.event === 'CAPTURE').length);
    process.stdout.write(`recurring due-date race (${where}): ${due40.length} of ${ids.length} charged, CAPTURE events per charge ${[...new Set(captureEvents)].join(',')}\n`);
    expect(due40).toHaveLength(40);
    expect(captureEvents.every((n) => n === 1)).toBe(true);
  });
  it('a payer\'s processing time holds due charges PROCESSING on every node; the clock move past it settles each exactly once', async () => {
    const api = client(nodes[0]!.baseUrl);
    const last = client(nodes.at(-1)!.baseUrl);
    expect((await api.call('PUT', `/_sim/payers/${PAYER}/charge-processing`, {}, { minutes: 60 })).status).toBe(200);
    try {
      const { agreementId } = await initialCharge(100, 'DIRECT_CAPTURE');
      const h = await headersFor(nodes[0]!);
      const now = Date.parse((await api.call('GET', '/_sim/clock', {})).json.now);
      const due = new Date(now + 2 * 86_400_000).toISOString().slice(0, 10);
      const ids: string[] = [];
      for (let i = 0; i < 20; i++) {
        const res = await client(nodes[i % nodes.length]!.baseUrl).call('POST', `/recurring/v3/agreements/${agreementId}/charges`, { ...h, 'idempotency-key': randomUUID() }, { amount: 1000, transactionType: 'DIRECT_CAPTURE', description: `Slow ${i}`, due, retryDays: 0 });
        expect(res.status).toBe(201);
        ids.push(res.json.chargeId);
      }
      const inStatus = async (status: string) => {
        await last.call('GET', '/_sim/clock', {});
        const h2 = await headersFor(nodes.at(-1)!);
        for (let i = 0; i < 300; i++) {
          const res = await last.call('GET', `/recurring/v3/agreements/${agreementId}/charges?status=${status}`, h2);
          expect(res.status).toBe(200);
          const mine = (res.json as { id: string; history: { event: string }[] }[]).filter((c) => ids.includes(c.id));
          if (mine.length === ids.length) return mine;
          await new Promise((r) => setTimeout(r, 100));
        }
        return [];
      };
      const ahead = Math.ceil((Date.parse(`${due}T07:00:00Z`) - now) / 1000) + 60;
      expect((await api.call('POST', '/_sim/clock', {}, { advanceSeconds: ahead })).status).toBe(200);
      const processing = await inStatus('PROCESSING');
      expect(processing).toHaveLength(20);
      expect(processing.every((c) => !c.history.some((e) => e.event === 'CAPTURE'))).toBe(true);
      expect((await api.call('POST', '/_sim/clock', {}, { advanceSeconds: 61 * 60 })).status).toBe(200);
      const charged = await inStatus('CHARGED');
      const captures = charged.map((c) => c.history.filter((e) => e.event === 'CAPTURE').length);
      process.stdout.write(`recurring processing time (${where}): ${processing.length} PROCESSING after the due date, ${charged.length} CHARGED after the processing time, CAPTURE events per charge ${[...new Set(captures)].join(',')}\n`);
      expect(charged).toHaveLength(20);
      expect(captures.every((n) => n === 1)).toBe(true);
    } finally {
      await api.call('PUT', `/_sim/payers/${PAYER}/charge-processing`, {}, { minutes: 0 });
    }
  });
});
