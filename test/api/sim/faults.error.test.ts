// Fault rules refused with a clear 400 naming each field; an unknown rule is 404; a reset
// takes the world back to its own rules; a bad world file fails before anything is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { freshAuth } from '../../support/payments.js';
import { validateWorld } from '../../../src/domain/world/validate-world.js';

describe('fault rules: bad input and the world file', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      world: { ...DEMO.world, simulation: { faults: [{ kind: 'status', status: 503, msn: DEMO.units.partnerKafe, route: '/epayment/v1/payments/:reference' }] } },
    });
  });
  afterAll(() => t.close());

  it.each([
    [{ kind: 'status' }, 'status'],
    [{ kind: 'latency', latencyMs: 10, status: 500 }, 'status'],
    [{ kind: 'webhook-delay' }, 'delaySeconds'],
    [{ kind: 'webhook-drop', method: 'POST' }, 'method'],
    [{ kind: 'status', status: 418 }, 'status'],
    [{ kind: 'status', status: 500, share: 0 }, 'share'],
    [{ kind: 'explode' }, 'kind'],
    [{ kind: 'latency', latencyMs: 10, colour: 'red' }, 'colour'],
  ])('refuses %j, naming %s, and adds nothing', async (rule, field) => {
    const res = await t.inject({ method: 'POST', url: '/_sim/faults', payload: rule });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().extraDetails)).toContain(field);
    expect((await t.inject({ method: 'GET', url: '/_sim/faults' })).json().faults).toHaveLength(1);
  });

  it('answers 404 for a rule that does not exist', async () => {
    const res = await t.inject({ method: 'DELETE', url: '/_sim/faults/f-nothing' });
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toMatch(/GET \/_sim\/faults/);
  });

  it('applies the world file’s rules from the start, and a reset brings them back after a clear', async () => {
    const hit = async () => (await t.inject({ method: 'GET', url: '/epayment/v1/payments/anything', headers: await freshAuth(t, DEMO.partnerKeys, DEMO.units.partnerKafe) })).statusCode;
    expect((await t.inject({ method: 'GET', url: '/_sim/faults' })).json().faults[0].id).toBe('world-1');
    expect(await hit()).toBe(503);
    await t.inject({ method: 'DELETE', url: '/_sim/faults' });
    await t.inject({ method: 'POST', url: '/_sim/faults', payload: { kind: 'status', status: 500 } });
    expect((await t.inject({ method: 'POST', url: '/_sim/reset' })).statusCode).toBe(200);
    const after = (await t.inject({ method: 'GET', url: '/_sim/faults' })).json().faults;
    expect(after.map((r: { id: string }) => r.id)).toEqual(['world-1']);
    expect(await hit()).toBe(503);
  });

  it('a world file with a rule that does not fit its kind is refused with the path', () => {
    const { problems } = validateWorld({ simulation: { faults: [{ kind: 'status' }], rateLimits: 'no' } });
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['simulation.rateLimits']));
    const second = validateWorld({ simulation: { faults: [{ kind: 'latency' }] } });
    expect(second.problems).toContainEqual({ path: 'simulation.faults[0].latencyMs', rule: 'is required for kind latency' });
  });
});
