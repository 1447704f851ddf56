// Scale-out: a partner's workflow across two real vpp processes sharing one PostgreSQL
// database, both running their outbox workers. On SQLite (one process per database file) the
// same steps run on one process, and "the other node" is that process or its restart.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_URL } from '../support/app.js';
import { adjust, createPayment, eventNames, getPayment, MSN, nodeOf, payer, storedDeliveries, waitFor, type Node } from '../support/cluster.js';
import { DEMO } from '../support/demo.js';
import { csrfOf } from '../support/forms.js';
import { verifySignature } from '../support/receiver.js';
import { freshStore, startVpp } from '../support/vpp-process.js';
import { startLedgerReceiver, type LedgerEntry, type LedgerReceiver } from '../support/webhook-ledger.js';

const title = PG_URL
  ? 'scale-out: a partner workflow across two vpp processes on one PostgreSQL database, both delivering webhooks'
  : 'scale-out steps that fit one vpp process on SQLite (NOT the two-process run: that needs VPP_TEST_DATABASE_URL)';

describe(title, () => {
  let store: Awaited<ReturnType<typeof freshStore>>;
  let rx: LedgerReceiver;
  let hook: { id: string; secret: string };
  const masterKey = randomBytes(32).toString('hex');
  const nodes: Node[] = [];
  const other = (n: Node) => nodes.find((m) => m !== n) ?? n;
  const start = async (name: string) => nodeOf(name, await startVpp({ ...store, masterKey, extraArgs: ['--pool-size', '5'] }));

  beforeAll(async () => {
    store = await freshStore();
    rx = await startLedgerReceiver();
    // Both at once on the empty database, as a deployment starts them: they race to migrate
    // and seed the demo world.
    nodes.push(...(await Promise.all(PG_URL ? [start('node 1'), start('node 2')] : [start('node 1')])));
  });
  afterAll(async () => {
    for (const n of nodes) await n.vpp.kill('SIGTERM');
    await rx?.close();
    await store?.dispose();
  });

  it('a token issued by either node works on the other', async () => {
    for (const n of nodes) {
      const res = await other(n).api.call('GET', '/management/v1/partners/whoami', await n.auth());
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ name: DEMO.partners.premium });
    }
  });

  it('a payment created on one node is approved and captured on the other, and read back on the first', async () => {
    const [a] = nodes as [Node];
    const reference = await createPayment(a, 1000);
    await payer(other(a), reference, 'approve');
    expect((await adjust(other(a), reference, 'capture', 600)).status).toBe(200);
    expect(await getPayment(a, reference)).toMatchObject({ state: 'AUTHORIZED', aggregate: { authorizedAmount: { value: 1000 }, capturedAmount: { value: 600 } } });
    expect(await eventNames(a, reference)).toEqual(['CREATED', 'AUTHORIZED', 'CAPTURED']);
  });

  it('simultaneous captures split across the nodes never exceed the authorisation', async () => {
    const reference = await createPayment(nodes[0]!, 1000);
    await payer(other(nodes[0]!), reference, 'approve');
    const amounts = Array.from({ length: 40 }, (_, i) => [70, 90, 110, 130][i % 4]!);
    const results = await Promise.all(amounts.map((v, i) => adjust(nodes[i % nodes.length]!, reference, 'capture', v)));
    const captured = amounts.filter((_, i) => results[i]!.status === 200);
    const refused = amounts.filter((_, i) => results[i]!.status === 400 && results[i]!.json.title === 'Capture amount too high');
    expect(captured.length + refused.length).toBe(amounts.length);
    const payment = await getPayment(nodes.at(-1)!, reference);
    const total = captured.reduce((s, v) => s + v, 0);
    expect(payment.aggregate.capturedAmount!.value).toBe(total);
    expect(total).toBeLessThanOrEqual(1000);
    // Every refusal was right: what is left is less than the smallest refused capture.
    expect(1000 - total).toBeLessThan(Math.min(...refused));
    expect((await eventNames(nodes[0]!, reference)).filter((e) => e === 'CAPTURED')).toHaveLength(captured.length);
  });

  it('a back-office session started on one node is valid on the other (no sticky sessions needed)', async () => {
    const [a] = nodes as [Node];
    const form = await fetch(`${a.vpp.baseUrl}/backoffice/login`);
    const csrfCookie = form.headers.getSetCookie().map((c) => c.split(';')[0]!).join('; ');
    const login = await fetch(`${other(a).vpp.baseUrl}/backoffice/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: csrfCookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrfOf(await form.text()), username: 'saksbehandler', password: 'backoffice-demo', next: '/backoffice' }),
    });
    expect(login.status).toBe(303);
    const session = login.headers.getSetCookie().find((c) => c.startsWith('vpp_backoffice='))!.split(';')[0]!;
    const queue = await fetch(`${a.vpp.baseUrl}/backoffice`, { headers: { cookie: session }, redirect: 'manual' });
    expect(queue.status).toBe(200);
    expect(await queue.text()).toContain('Berit Saksbehandler');
  });

  it("the payer's landing page served by one node is approved on the other", async () => {
    const [a] = nodes as [Node];
    const res = await a.api.call('POST', '/epayment/v1/payments', { ...(await a.auth()), 'idempotency-key': randomUUID() }, {
      amount: { currency: 'NOK', value: 1500 },
      paymentMethod: { type: 'WALLET' },
      reference: `landing-${randomUUID()}`,
      userFlow: 'WEB_REDIRECT',
      returnUrl: 'https://shop.example/back',
    });
    expect(res.status).toBe(201);
    const landing = new URL(res.json.redirectUrl);
    const page = await fetch(`${a.vpp.baseUrl}${landing.pathname}${landing.search}`);
    expect(page.status).toBe(200);
    const cookie = page.headers.getSetCookie().map((c) => c.split(';')[0]!).join('; ');
    const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())![1]!;
    const token = landing.searchParams.get('token')!;
    const approved = await fetch(`${other(a).vpp.baseUrl}/app/landing`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token, csrf, phone: '4791234567', decision: 'approve' }),
    });
    expect(approved.status).toBe(303);
    expect((await getPayment(a, res.json.reference)).state).toBe('AUTHORIZED');
  });

  it('a node given another master key refuses to start on the same database, and says why', async () => {
    const wrong = startVpp({ ...store, masterKey: randomBytes(32).toString('hex') });
    // SQLite belongs to the running node (test/cli/start.test.ts checks the key there).
    await expect(wrong).rejects.toThrow(PG_URL ? /master key .* is not the one this database was sealed with/ : /is in use by another process .*--database-url/);
  });

  it('the simulated clock: moves made on both nodes at once add up, and every node follows within a second', async () => {
    const offset = async (n: Node) => (await n.api.call('GET', '/_sim/clock', {})).json.offsetSeconds as number;
    const before = await offset(nodes[0]!);
    const moves = await Promise.all(Array.from({ length: 20 }, (_, i) => nodes[i % nodes.length]!.api.call('POST', '/_sim/clock', {}, { advanceSeconds: 1 })));
    expect(moves.map((m) => m.status)).toEqual(Array(20).fill(200));
    for (const n of nodes) expect(await offset(n)).toBe(before + 20);

    // /health shows the node's own idea of the time without reading the database.
    const healthTime = async (n: Node) => Date.parse((await n.api.call('GET', '/health', {})).json.time);
    const moved = await nodes[0]!.api.call('POST', '/_sim/clock', {}, { advanceSeconds: 30 });
    const target = Date.parse(moved.json.now);
    expect(await healthTime(nodes[0]!)).toBeGreaterThanOrEqual(target);
    for (const n of nodes) await waitFor(`${n.name} follows the clock`, async () => (await healthTime(n)) >= target, 5000);
  });

  // --- webhooks -------------------------------------------------------------------------

  const references: string[] = [];

  /** One payment's life with its steps spread over the nodes; returns its reference. */
  async function lifecycle(i: number): Promise<string> {
    const a = nodes[i % nodes.length]!;
    const b = other(a);
    const reference = await createPayment(a, 1000);
    references.push(reference);
    if (i % 3 === 1) {
      await payer(b, reference, 'reject');
      return reference;
    }
    await payer(b, reference, 'approve');
    if (i % 3 === 2) {
      expect((await adjust(a, reference, 'cancel')).status).toBe(200);
      return reference;
    }
    expect((await adjust(a, reference, 'capture', 400)).status).toBe(200);
    expect((await adjust(b, reference, 'capture', 600)).status).toBe(200);
    expect((await adjust(a, reference, 'refund', 250)).status).toBe(200);
    return reference;
  }
  const lifecycles = (from: number, count: number) => Promise.all(Array.from({ length: count }, (_, i) => lifecycle(from + i)));

  const isDelivered = (ref: string) => async () => {
    const names = await eventNames(nodes[0]!, ref);
    return rx.delivered.filter((e) => e.reference === ref).length >= names.length;
  };
  const allStoredDelivered = async () => (await storedDeliveries(nodes[0]!)).every((d) => d.status === 'delivered');

  /** Each event of every payment so far was delivered exactly once, in the payment's order. */
  async function expectEachEventDeliveredOnce(): Promise<void> {
    const stored = await storedDeliveries(nodes[0]!);
    expect(stored.filter((d) => d.status !== 'delivered')).toEqual([]);
    const ids = (es: { eventId: string }[]) => es.map((e) => e.eventId).sort();
    expect(ids(rx.delivered)).toEqual(ids(stored));
    for (const ref of references) {
      expect(rx.delivered.filter((e) => e.reference === ref).map((e) => e.name), ref).toEqual(await eventNames(other(nodes[0]!), ref));
    }
    for (const e of rx.entries) expect(verifySignature(e, hook.secret, rx.url('/scale-out')), e.deliveryId).toBe(true);
  }

  it('every webhook event is delivered exactly once and in order per payment while every node delivers, a slow receiver holding none back', async () => {
    const [a] = nodes as [Node];
    const registered = await a.api.call('POST', '/webhooks/v1/webhooks', await a.auth(), {
      url: rx.url('/scale-out'),
      events: ['created', 'authorized', 'captured', 'refunded', 'cancelled', 'aborted', 'expired', 'terminated'].map((e) => `epayments.payment.${e}.v1`),
    });
    expect(registered.status).toBe(201);
    hook = registered.json;

    const holding = rx.holdNext();
    const first = lifecycles(0, 6);
    const held = await holding;
    // While the receiver sits on one delivery, other payments' webhooks keep flowing.
    const during = await lifecycles(6, 3);
    for (const ref of during) await waitFor(`webhooks of ${ref} while one is held`, isDelivered(ref));
    expect(held.outcome).toBe('held');
    rx.release();
    await first;
    for (const ref of references) await waitFor(`webhooks of ${ref}`, isDelivered(ref));
    await waitFor('the store records every delivery', allStoredDelivered);

    expect(rx.entries.filter((e) => e.outcome !== 'answered')).toEqual([]);
    await expectEachEventDeliveredOnce();
    process.stdout.write(`scale-out webhooks: ${rx.delivered.length} delivered once each; attempts by ${await attemptsByNode()}\n`);
  });

  it('a node killed while a delivery is in flight: it is delivered once afterwards and nothing is lost', async () => {
    const holding = rx.holdNext();
    const round = lifecycles(9, 4);
    const held = await holding;
    await round;
    // Wait until everything else has been delivered and recorded, so the delivery held is the
    // only one in flight when the node that sent it dies.
    await waitFor('every other delivery recorded', async () =>
      (await storedDeliveries(nodes[0]!)).every((d) => d.status === 'delivered' || d.reference === held.reference),
    );
    const sender = PG_URL ? await senderOf(held) : nodes[0]!;
    await sender.vpp.kill('SIGKILL');
    nodes.splice(nodes.indexOf(sender), 1);
    await rx.dropped();
    expect(held.outcome).toBe('dropped');

    // SQLite has one process: the survivor is its restart on the same file.
    const survivor = nodes[0] ?? (nodes.push(await start('node 1, restarted')), nodes[0]!);
    await lifecycles(13, 2);
    // The dead node's lease runs on the platform clock (60 s); move it past.
    expect((await survivor.api.call('POST', '/_sim/clock', {}, { advanceSeconds: 61 })).status).toBe(200);
    for (const ref of references) await waitFor(`webhooks of ${ref} after the kill`, isDelivered(ref));
    await waitFor('the store records every delivery', allStoredDelivered);

    expect(rx.entries.filter((e) => e.outcome === 'dropped')).toEqual([held]);
    expect(rx.delivered.filter((e) => e.eventId === held.eventId)).toHaveLength(1);
    await expectEachEventDeliveredOnce();
    process.stdout.write(`scale-out after SIGKILL of ${sender.name}: ${rx.delivered.length} delivered once each, 1 dropped by the kill; attempts by ${await attemptsByNode()}\n`);
  });

  /** A query straight to the shared PostgreSQL database (to see which node did what). */
  async function query<R extends object>(text: string, params: unknown[] = []): Promise<R[]> {
    const pg = (await import('pg')).default;
    const db = new pg.Client({ connectionString: store.databaseUrl });
    await db.connect();
    try {
      return (await db.query<R>(text, params)).rows;
    } finally {
      await db.end();
    }
  }

  /** The node whose outbox lease covers this delivery (node ids start with the process id). */
  async function senderOf(e: LedgerEntry): Promise<Node> {
    const [row] = await query<{ locked_by: string | null }>('SELECT locked_by FROM outbox WHERE payload LIKE $1', [`%${e.deliveryId}%`]);
    const n = nodes.find((x) => `${x.vpp.proc.pid}` === row?.locked_by?.split('-')[0]);
    if (!n) throw new Error(`no running node holds delivery ${e.deliveryId} (${row?.locked_by})`);
    return n;
  }

  /** How many delivery attempts each process made, for the test output. */
  async function attemptsByNode(): Promise<string> {
    if (!PG_URL) return 'one process';
    const rows = await query<{ node: string; n: string }>('SELECT node, count(*) AS n FROM webhook_attempts GROUP BY node ORDER BY node');
    return rows.map((r) => `process ${r.node.split('-')[0]}: ${r.n}`).join(', ');
  }
});
