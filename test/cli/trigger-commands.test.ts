// The CLI's triggers against a real running vpp: onboarding without a browser, the request
// log as it happens, webhooks and payers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes, randomUUID } from 'node:crypto';
import { freshStore, startVpp, type VppProcess } from '../support/vpp-process.js';
import { runVpp } from '../support/spawn.js';
import { createPayment, MSN, nodeOf, type Node } from '../support/cluster.js';
import { DEMO } from '../support/demo.js';
import { fullPrefill } from '../support/management.js';

async function cli(args: string[]): Promise<{ code: number | null; out: string }> {
  const p = runVpp(args);
  const code = await p.exited;
  return { code, out: p.output() };
}

describe('vpp trigger commands against a running vpp', () => {
  let store: Awaited<ReturnType<typeof freshStore>>;
  let vpp: VppProcess;
  let node: Node;
  let url: string;
  beforeAll(async () => {
    store = await freshStore();
    vpp = await startVpp({ dataDir: store.dataDir, databaseUrl: store.databaseUrl, masterKey: randomBytes(32).toString('hex') });
    node = nodeOf('a', vpp);
    url = vpp.baseUrl;
  }, 90_000);
  afterAll(async () => {
    await vpp?.kill('SIGTERM');
    await store?.dispose();
  });

  it('sends a pre-fill as the merchant, approves it, and reads the new MSN from the events and the request from the log', async () => {
    const token = await node.api.token(DEMO.partnerKeys);
    const headers = { authorization: `Bearer ${token}`, 'ocp-apim-subscription-key': DEMO.partnerKeys.subscriptionKey, 'idempotency-key': randomUUID() };
    const pre = await node.api.call('POST', '/management/v1/product-orders', headers, fullPrefill({ businessIdentifier: { scheme: 'business:NO:ORG', id: '923456783' } }));
    expect(pre.status, JSON.stringify(pre.json)).toBe(201);
    const order = pre.json.prefilledOrderId as string;

    const sent = await cli(['submit', order, '--url', url, '--json']);
    expect(sent.code, sent.out).toBe(0);
    const approved = await cli(['approve', order, '--url', url, '--json']);
    expect(approved.code, approved.out).toBe(0);
    const msn = JSON.parse(approved.out).msn as string;
    expect(msn).toMatch(/^\d{6}$/);

    const events = await cli(['events', '--order', order, '--url', url]);
    expect(events.out).toMatch(/vpp\.order\.submitted/);
    expect(events.out).toContain(`vpp.salesunit.created`);
    expect(events.out).toContain(`MSN ${msn}`);

    const logs = await cli(['logs', '--api', 'management', '--status', '2xx', '--url', url]);
    expect(logs.code, logs.out).toBe(0);
    expect(logs.out).toMatch(/ 201 POST {3}\/management\/v1\/product-orders .* Fjordkassa Platform/);
  }, 120_000);

  it('follows the request log as requests happen', async () => {
    const follow = runVpp(['logs', '--follow', '--api', 'epayment', '--url', url]);
    try {
      // Wait until it has read the log once, then make a request it must show.
      await new Promise((r) => setTimeout(r, 200));
      const reference = await createPayment(node, 1234);
      // A read of the payment: its path names the reference.
      expect((await node.api.call('GET', `/epayment/v1/payments/${reference}`, await node.auth())).status).toBe(200);
      for (let waited = 0; !follow.output().includes(reference); waited += 100) {
        if (waited > 60_000 || follow.proc.exitCode !== null) throw new Error(`not shown: ${follow.output()}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(follow.output()).toMatch(new RegExp(`200 GET {4}/epayment/v1/payments/${reference}  MSN ${MSN}`));
    } finally {
      follow.proc.kill('SIGINT');
      await follow.exited;
    }
  }, 120_000);

  it('fires webhook events, times out payments, sets payer behaviours, and says what is wrong', async () => {
    const reference = await createPayment(node, 1000);
    const fired = await cli(['trigger', 'epayments.payment.captured.v1', '--reference', reference, '--url', url]);
    expect(fired.code, fired.out).toBe(0);
    expect(fired.out).toMatch(new RegExp(`fired epayments.payment.captured.v1 for ${reference} .* to 0 webhooks`));
    const expired = await cli(['pay', reference, '--expire', '--url', url]);
    expect(expired.out).toContain('is EXPIRED');
    const payer = await cli(['payer', '4748000004', 'never-answer', '--url', url]);
    expect(payer.out).toContain('4748000004 will never answer from now on');
    const resend = await cli(['webhooks', 'resend', '00000000-0000-7000-8000-000000000000', '--url', url]);
    expect(resend.code).toBe(1);
    expect(resend.out).toMatch(/vpp webhooks: 404 There is no webhook delivery/);
  }, 120_000);
});
