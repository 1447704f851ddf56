// The client commands of `vpp` against a real running vpp: reset, snapshots, the clock, the payer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { freshStore, startVpp, type VppProcess } from '../support/vpp-process.js';
import { runVpp } from '../support/spawn.js';
import { createPayment, MSN, nodeOf, type Node } from '../support/cluster.js';

async function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string }> {
  const p = runVpp(args, env);
  const code = await p.exited;
  return { code, out: p.output() };
}

describe('vpp client commands against a running vpp', () => {
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
  const paymentState = async (reference: string) => (await node.api.call('GET', `/_sim/payments/${MSN}/${reference}`, {})).json?.state as string | undefined;

  it('saves and restores a snapshot, moves the clock, and resets', async () => {
    const kept = await createPayment(node, 1000);
    const saved = await cli(['snapshot', 'save', 'ci-start', '--url', url, '--json']);
    expect(saved.code, saved.out).toBe(0);
    expect(JSON.parse(saved.out).name).toBe('ci-start');

    const later = await createPayment(node, 2000);
    const moved = await cli(['clock', 'advance', '1d', '--url', url]);
    expect(moved.code, moved.out).toBe(0);
    expect(moved.out).toMatch(/platform time .* \(\+86\d{3} s from real time\)/);

    const back = await cli(['snapshot', 'restore', 'ci-start', '--url', url]);
    expect(back.code, back.out).toBe(0);
    expect(back.out).toMatch(/restored "ci-start"/);
    expect(await paymentState(later)).toBeUndefined();
    expect(await paymentState(kept)).toBe('CREATED');
    const clock = JSON.parse((await cli(['clock', '--url', url, '--json'])).out);
    expect(clock.offsetSeconds).toBeLessThan(60);

    const list = await cli(['snapshot', 'list', '--url', url]);
    expect(list.out).toMatch(/ci-start/);
    expect(list.out).toMatch(/world/);

    const reset = await cli(['reset', '--url', url]);
    expect(reset.code, reset.out).toBe(0);
    expect(await paymentState(kept)).toBeUndefined();
  }, 120_000);

  it('approves and rejects as the payer by reference alone', async () => {
    const a = await createPayment(node, 1500);
    const ok = await cli(['pay', a, '--approve', '--phone', '4791234567', '--url', url]);
    expect(ok.code, ok.out).toBe(0);
    expect(ok.out).toContain(`${a} (MSN ${MSN}) is AUTHORIZED`);
    const b = await createPayment(node, 1500);
    const no = await cli(['pay', b, '--reject', '--json', '--url', url]);
    expect(JSON.parse(no.out).state).toBe('ABORTED');
  }, 60_000);

  it('says plainly what is wrong', async () => {
    const missing = await cli(['snapshot', 'restore', 'never-saved', '--url', url]);
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/vpp snapshot: 404 There is no snapshot named "never-saved"/);
    const back = await cli(['clock', 'set', '2001-01-01T00:00:00Z', '--url', url]);
    expect(back.code).toBe(1);
    expect(back.out).toMatch(/restore a snapshot/);
    expect((await cli(['clock', 'advance', 'soon', '--url', url])).code).toBe(2);
    expect((await cli(['pay', 'abcdefgh-1', '--url', url])).out).toMatch(/--approve, --reject or --expire/);
    const down = await cli(['reset', '--url', 'http://127.0.0.1:9']);
    expect(down.code).toBe(1);
    expect(down.out).toMatch(/cannot reach vpp at http:\/\/127\.0\.0\.1:9/);
  }, 60_000);

  it('lists the client commands in --help', async () => {
    const help = await cli(['--help']);
    for (const c of ['reset', 'snapshot save', 'clock', 'pay REFERENCE']) expect(help.out).toContain(c);
  });
});
