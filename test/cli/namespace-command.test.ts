// `vpp namespace` against a real running vpp: two CI jobs each make a namespace, use it at
// the same time through HTTP and the CLI, and never see each other's payments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { freshStore, startVpp, type VppProcess } from '../support/vpp-process.js';
import { runVpp } from '../support/spawn.js';
import { createPayment, MSN, nodeOf } from '../support/cluster.js';

async function cli(args: string[]): Promise<{ code: number | null; out: string }> {
  const p = runVpp(args, {});
  const code = await p.exited;
  return { code, out: p.output() };
}

describe('vpp namespace', () => {
  let store: Awaited<ReturnType<typeof freshStore>>;
  let vpp: VppProcess;
  beforeAll(async () => {
    store = await freshStore();
    vpp = await startVpp({ dataDir: store.dataDir, databaseUrl: store.databaseUrl, masterKey: randomBytes(32).toString('hex') });
  }, 90_000);
  afterAll(async () => {
    await vpp?.kill('SIGTERM');
    await store?.dispose();
  });

  it('makes namespaces that two jobs use at once without seeing each other', async () => {
    const [a, b] = await Promise.all(['ci-a', 'ci-b'].map((n) => cli(['namespace', 'create', n, '--url', vpp.baseUrl, '--json'])));
    expect(a!.code, a!.out).toBe(0);
    expect(b!.code, b!.out).toBe(0);
    const baseA = JSON.parse(a!.out).baseUrl as string;
    const baseB = JSON.parse(b!.out).baseUrl as string;
    expect(baseA).toBe(`${vpp.baseUrl}/ns/ci-a`);

    // Each job creates payments in its own namespace, at the same time.
    const jobA = nodeOf('a', { ...vpp, baseUrl: baseA });
    const jobB = nodeOf('b', { ...vpp, baseUrl: baseB });
    const [refsA, refsB] = await Promise.all([jobA, jobB].map((n) => Promise.all([1, 2, 3].map((i) => createPayment(n, 1000 * i)))));
    for (const ref of refsA!) {
      expect((await jobA.api.call('GET', `/_sim/payments/${MSN}/${ref}`, {})).status).toBe(200);
      expect((await jobB.api.call('GET', `/_sim/payments/${MSN}/${ref}`, {})).status).toBe(404);
    }
    for (const ref of refsB!) expect((await jobA.api.call('GET', `/_sim/payments/${MSN}/${ref}`, {})).status).toBe(404);
    const main = nodeOf('main', vpp);
    expect((await main.api.call('GET', `/_sim/payments/${MSN}/${refsA![0]}`, {})).status).toBe(404);

    // The CLI's other commands drive a namespace through its base URL.
    const paid = await cli(['pay', refsA![0]!, '--approve', '--phone', '4791234567', '--url', baseA, '--json']);
    expect(paid.code, paid.out).toBe(0);
    expect(JSON.parse(paid.out).state).toBe('AUTHORIZED');
    const reset = await cli(['reset', '--url', baseB]);
    expect(reset.code, reset.out).toBe(0);
    expect((await jobB.api.call('GET', `/_sim/payments/${MSN}/${refsB![0]}`, {})).status).toBe(404);
    expect((await jobA.api.call('GET', `/_sim/payments/${MSN}/${refsA![1]}`, {})).status).toBe(200);

    const listed = await cli(['namespace', 'list', '--url', vpp.baseUrl]);
    expect(listed.code, listed.out).toBe(0);
    expect(listed.out).toContain(`ci-a`);
    expect(listed.out).toContain(`${vpp.baseUrl}/ns/ci-b`);
    expect(listed.out).toContain('2 of at most 50 namespaces');

    const gone = await cli(['namespace', 'delete', 'ci-a', '--url', vpp.baseUrl]);
    expect(gone.code, gone.out).toBe(0);
    expect(gone.out).toContain('deleted namespace ci-a');
    expect((await jobA.api.call('GET', '/_sim/clock', {})).status).toBe(404);
    const json = JSON.parse((await cli(['namespace', 'list', '--url', vpp.baseUrl, '--json'])).out);
    expect(json.namespaces.map((n: { name: string }) => n.name)).toEqual(['ci-b']);
  }, 180_000);

  it('says what is wrong: a taken name, an unknown namespace, a bad command', async () => {
    expect((await cli(['namespace', 'create', 'taken', '--url', vpp.baseUrl])).code).toBe(0);
    const again = await cli(['namespace', 'create', 'taken', '--url', vpp.baseUrl]);
    expect(again.code).toBe(1);
    expect(again.out).toContain('already a namespace named "taken"');
    const missing = await cli(['namespace', 'delete', 'never-made', '--url', vpp.baseUrl]);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('404');
    const bad = await cli(['namespace', 'rename', 'x', '--url', vpp.baseUrl]);
    expect(bad.code).toBe(2);
    expect(bad.out).toContain('use create, delete, show or list');
    const noName = await cli(['namespace', 'create', '--url', vpp.baseUrl]);
    expect(noName.code).toBe(2);
  }, 180_000);
});
