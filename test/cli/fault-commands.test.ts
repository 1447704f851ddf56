// `vpp faults add|list|clear` and `vpp rate-limits` against a running vpp: spawned as the
// real command, and as the client function for the flag combinations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { DEMO } from '../support/demo.js';
import { partner } from '../support/payments.js';
import { runVpp } from '../support/spawn.js';
import { FAULT_COMMANDS } from '../../src/cli-client/fault-commands.js';
import { simClient, ClientError } from '../../src/cli-client/sim-client.js';
import type { ClientContext, Output } from '../../src/cli-client/command-types.js';

async function cli(args: string[]): Promise<{ code: number | null; out: string }> {
  const p = runVpp(args);
  return { code: await p.exited, out: p.output() };
}

describe('vpp faults and vpp rate-limits', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await startTestApp({ config: { rateLimits: undefined } });
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => t.close());
  const run = async (name: string, args: string[], flags: ClientContext['flags'] = {}) =>
    (await FAULT_COMMANDS[name]!({ api: simClient(url), args, flags, json: false, write: () => {} })) as Output;

  it('adds a rule from the command line that the next request meets, lists it, and clears it', async () => {
    const added = await cli(['faults', 'add', '--status', '503', '--msn', DEMO.units.partnerNett, '--method', 'get', '--route', '/epayment/v1/payments/*', '--times', '1', '--url', url, '--json']);
    expect(added.code, added.out).toBe(0);
    const rule = JSON.parse(added.out);
    expect(rule).toMatchObject({ kind: 'status', status: 503, msn: DEMO.units.partnerNett, method: 'GET', route: '/epayment/v1/payments/*', remainingTimes: 1 });

    const hit = await t.inject({ method: 'GET', url: '/epayment/v1/payments/cli-reference-1', headers: await partner(t) });
    expect(hit.statusCode).toBe(503);
    expect(hit.headers['x-vpp-fault']).toBe(`status 503; rule ${rule.id}`);
    expect((await t.inject({ method: 'GET', url: '/epayment/v1/payments/cli-reference-1', headers: await partner(t) })).statusCode).toBe(404);

    const listed = await cli(['faults', 'list', '--url', url]);
    expect(listed.code, listed.out).toBe(0);
    expect(listed.out).toMatch(new RegExp(`${rule.id}\\s+status 503\\s+MSN ${DEMO.units.partnerNett} GET /epayment/v1/payments/\\*, 0 more times`));

    const logs = await cli(['logs', '--status', '503', '--url', url]);
    expect(logs.out).toMatch(new RegExp(`503 GET .*cli-reference-1.*FAULT status 503; rule ${rule.id}`));

    const cleared = await cli(['faults', 'clear', '--url', url]);
    expect(cleared.code, cleared.out).toBe(0);
    expect(cleared.out).toMatch(/removed 1 fault rule\b/);
  }, 120_000);

  it('turns each kind of flag into its rule', async () => {
    expect((await run('faults', ['add'], { latency: '250ms', share: '25%' })).json).toMatchObject({ kind: 'latency', latencyMs: 250, share: 0.25 });
    expect((await run('faults', ['add'], { latency: '2s' })).json).toMatchObject({ latencyMs: 2000 });
    expect((await run('faults', ['add'], { timeout: 'close', partner: 'Fjordkassa Platform' })).json).toMatchObject({ kind: 'timeout', timeout: 'close', partner: 'Fjordkassa Platform' });
    expect((await run('faults', ['add'], { webhooks: 'delay=5m', route: 'epayments.payment.*' })).json).toMatchObject({ kind: 'webhook-delay', delaySeconds: 300 });
    expect((await run('faults', ['add'], { webhooks: 'duplicate' })).json).toMatchObject({ kind: 'webhook-duplicate' });
    const list = await run('faults', ['list']);
    expect(list.human.split('\n')).toHaveLength(5);
    expect(list.human).toMatch(/latency 250 ms\s+every request, 25% of them/);
    const one = (list.json as { faults: { id: string }[] }).faults[0]!.id;
    expect((await run('faults', ['clear', one])).human).toBe(`removed fault rule ${one}`);
    expect((await run('faults', ['clear'])).json).toEqual({ removed: 4 });
    expect((await run('faults', [])).human).toBe('(no fault rules)');
  });

  it('says what is wrong with a command line, and passes on what vpp refuses', async () => {
    await expect(run('faults', ['add'], {})).rejects.toThrow(/say what goes wrong, once/);
    await expect(run('faults', ['add'], { status: '503', latency: '1s' })).rejects.toThrow(/once/);
    await expect(run('faults', ['add'], { latency: 'soon' })).rejects.toThrow(/--latency must be a duration/);
    await expect(run('faults', ['add'], { webhooks: 'delay' })).rejects.toThrow(/--webhooks must be drop, duplicate or delay=DURATION/);
    await expect(run('faults', ['add'], { status: '503', times: 'x' })).rejects.toThrow(/--times must be a whole number/);
    await expect(run('faults', ['add'], { status: '418' })).rejects.toThrow(ClientError);
    await expect(run('faults', ['clear', 'f-missing'])).rejects.toThrow(/404 There is no fault rule f-missing/);
    await expect(run('faults', ['explode'])).rejects.toThrow(/use add, list or clear/);
  });

  it('shows and switches the rate limits', async () => {
    const shown = await run('rate-limits', []);
    expect(shown.human).toMatch(/^rate limits are on\n/);
    expect(shown.human).toMatch(/5\/min {2}POST {3}\/epayment\/v1\/payments\/:reference\/capture {2}\(per reference and MSN\)/);
    expect((await run('rate-limits', ['off'])).human).toBe('rate limits are off');
    expect((await t.inject({ method: 'GET', url: '/_sim/rate-limits' })).json().enabled).toBe(false);
    const spawned = await cli(['rate-limits', 'on', '--url', url, '--json']);
    expect(spawned.code, spawned.out).toBe(0);
    expect(JSON.parse(spawned.out).enabled).toBe(true);
    await expect(run('rate-limits', ['maybe'])).rejects.toThrow(/use on, off or show/);
  }, 60_000);
});
