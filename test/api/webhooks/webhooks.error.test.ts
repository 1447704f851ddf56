import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';

describe('Webhooks API v1: refused', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const hooks = '/webhooks/v1/webhooks';
  const count = async () => Number((await t.rt.store.db.selectFrom('webhooks').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it.each([
    ['an unknown event type', { url: 'https://shop.example/h', events: ['epayments.payment.paid.v1'] }, 'events[0]'],
    ['no events', { url: 'https://shop.example/h', events: [] }, 'events'],
    ['a public http URL', { url: 'http://shop.example/h', events: ['epayments.payment.captured.v1'] }, 'url'],
    ['not a URL', { url: 'somewhere', events: ['epayments.payment.captured.v1'] }, 'url'],
    ['no url', { events: ['epayments.payment.captured.v1'] }, 'url'],
    ['an unknown field', { url: 'https://shop.example/h', events: ['epayments.payment.captured.v1'], secret: 'mine' }, 'secret'],
  ])('%s: 400 naming the field, nothing registered', async (_what, payload, field) => {
    const before = await count();
    const res = await t.inject({ method: 'POST', url: hooks, headers: await t.auth(DEMO.merchantKeys), payload });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json().extraDetails.map((f: { name: string }) => f.name)).toContain(field);
    expect(await count()).toBe(before);
  });

  it('a sixth webhook for the same event: 400 saying at most 5', async () => {
    const headers = await t.auth(DEMO.partnerKeys, DEMO.units.partnerKafe);
    for (let i = 0; i < 5; i++) {
      const ok = await t.inject({ method: 'POST', url: hooks, headers, payload: { url: `https://shop.example/h${i}`, events: ['epayments.payment.refunded.v1'] } });
      expect(ok.statusCode).toBe(201);
    }
    const res = await t.inject({ method: 'POST', url: hooks, headers, payload: { url: 'https://shop.example/h6', events: ['epayments.payment.refunded.v1'] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toMatch(/at most 5/);
    // Another event type still has room.
    expect((await t.inject({ method: 'POST', url: hooks, headers, payload: { url: 'https://shop.example/h7', events: ['epayments.payment.captured.v1'] } })).statusCode).toBe(201);
  });

  it('deleting an id that is not a UUID: 400; an unknown one: 404', async () => {
    const headers = await t.auth(DEMO.merchantKeys);
    expect((await t.inject({ method: 'DELETE', url: `${hooks}/42`, headers })).statusCode).toBe(400);
    const res = await t.inject({ method: 'DELETE', url: `${hooks}/8f2b6a1e-4c3d-4e5f-9a0b-1c2d3e4f5aff`, headers });
    expect(res.statusCode).toBe(404);
  });

  it('deleting twice: 404 the second time', async () => {
    const headers = await t.auth(DEMO.merchantKeys);
    const { id } = (await t.inject({ method: 'POST', url: hooks, headers, payload: { url: 'https://shop.example/x', events: ['epayments.payment.captured.v1'] } })).json();
    expect((await t.inject({ method: 'DELETE', url: `${hooks}/${id}`, headers })).statusCode).toBe(204);
    expect((await t.inject({ method: 'DELETE', url: `${hooks}/${id}`, headers })).statusCode).toBe(404);
  });
});
