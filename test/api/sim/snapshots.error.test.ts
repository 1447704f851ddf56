import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';

describe('reset and snapshots: errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses to set the clock back, and says how to go back', async () => {
    const res = await t.inject({ method: 'POST', url: '/_sim/clock', payload: { to: '2001-01-01T00:00:00Z' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toMatch(/restore a snapshot/);
    expect((await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: -5 } })).statusCode).toBe(400);
    expect((await t.inject({ method: 'POST', url: '/_sim/clock', payload: {} })).statusCode).toBe(400);
  });

  it('answers 404 for an unknown snapshot and 400 for a bad or reserved name', async () => {
    const missing = await t.inject({ method: 'POST', url: '/_sim/snapshots/nope/restore' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().detail).toMatch(/GET \/_sim\/snapshots/);
    expect((await t.inject({ method: 'POST', url: '/_sim/snapshots', payload: { name: 'has space' } })).statusCode).toBe(400);
    expect((await t.inject({ method: 'POST', url: '/_sim/snapshots', payload: { name: 'world' } })).statusCode).toBe(400);
    expect((await t.inject({ method: 'DELETE', url: '/_sim/snapshots/world' })).statusCode).toBe(400);
  });

  it('is not there without the simulation', async () => {
    const off = await startTestApp({ config: { simulation: false } });
    try {
      expect((await off.inject({ method: 'POST', url: '/_sim/reset' })).statusCode).toBe(404);
    } finally {
      await off.close();
    }
  });
});
