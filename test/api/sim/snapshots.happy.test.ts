import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { create, partner } from '../../support/payments.js';

describe('reset and snapshots through the simulation API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const nett = DEMO.units.partnerNett;
  const state = async (reference: string) => (await t.inject({ method: 'GET', url: `/_sim/payments/${nett}/${reference}` })).statusCode;
  const now = async () => Date.parse((await t.inject({ method: 'GET', url: '/_sim/clock' })).json().now);

  it('restores a named snapshot with its data and its clock', async () => {
    const before = await create(t, await partner(t));
    const saved = await t.inject({ method: 'POST', url: '/_sim/snapshots', payload: { name: 'one-payment' } });
    expect(saved.statusCode).toBe(201);
    expect(saved.json().name).toBe('one-payment');
    const clockAtSave = await now();

    const after = await create(t, await partner(t));
    expect((await t.inject({ method: 'POST', url: `/_sim/payments/${nett}/${before.reference}/approve`, payload: { phoneNumber: '4791234567' } })).statusCode).toBe(200);
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 3 * 86400 } });
    expect(await now()).toBeGreaterThan(clockAtSave + 3 * 86400_000 - 1000);

    const restored = await t.inject({ method: 'POST', url: '/_sim/snapshots/one-payment/restore' });
    expect(restored.statusCode).toBe(200);
    expect(await state(after.reference)).toBe(404);
    const p = (await t.inject({ method: 'GET', url: `/_sim/payments/${nett}/${before.reference}` })).json();
    expect(p.state).toBe('CREATED');
    const back = await now();
    expect(back).toBeLessThan(clockAtSave + 86400_000);
    expect(back).toBeGreaterThanOrEqual(clockAtSave);

    // The partner's keys still work, and the API serves from the restored data at once.
    const got = await t.inject({ method: 'GET', url: `/epayment/v1/payments/${before.reference}`, headers: await t.auth(DEMO.partnerKeys, nett) });
    expect(got.statusCode).toBe(200);
    expect(got.json().state).toBe('CREATED');
    // A new payment after the restore is stored as usual (sequences and ids carry on).
    expect((await create(t, await partner(t))).reference).toBeTruthy();
  });

  it('resets to the world loaded at start', async () => {
    const made = await create(t, await partner(t));
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 86400 } });
    const res = await t.inject({ method: 'POST', url: '/_sim/reset' });
    expect(res.statusCode).toBe(200);
    expect(res.json().restored.name).toBe('world');
    expect(await state(made.reference)).toBe(404);
    expect(Math.abs((await now()) - Date.now())).toBeLessThan(60_000);
    const units = await t.inject({ method: 'GET', url: `/epayment/v1/payments/${made.reference}`, headers: await t.auth(DEMO.partnerKeys, nett) });
    expect(units.statusCode).toBe(404);
  });

  it('lists and deletes snapshots', async () => {
    await t.inject({ method: 'POST', url: '/_sim/snapshots', payload: { name: 'to-delete' } });
    const names = (await t.inject({ method: 'GET', url: '/_sim/snapshots' })).json().snapshots.map((s: { name: string }) => s.name);
    expect(names).toEqual(expect.arrayContaining(['world', 'to-delete']));
    expect((await t.inject({ method: 'DELETE', url: '/_sim/snapshots/to-delete' })).statusCode).toBe(204);
    expect((await t.inject({ method: 'POST', url: '/_sim/snapshots/to-delete/restore' })).statusCode).toBe(404);
  });

  it('moves the clock forward to a given time', async () => {
    const target = new Date((await now()) + 7 * 86400_000).toISOString();
    const res = await t.inject({ method: 'POST', url: '/_sim/clock', payload: { to: target } });
    expect(res.statusCode).toBe(200);
    expect(Date.parse(res.json().now)).toBeGreaterThanOrEqual(Date.parse(target));
  });
});
