// The outbox worker is woken by the store after a commit that wrote to the outbox, so no
// route or page has to remember to. Not before the commit (the worker would find nothing),
// and not for a transaction that rolled back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueOutbox } from '../../src/store/outbox-repo.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { DEMO } from '../support/demo.js';
import { create, freshAuth } from '../support/payments.js';

describe('writes to the outbox wake the worker after commit', () => {
  let t: TestApp;
  let wakes = 0;
  beforeAll(async () => {
    t = await startTestApp();
    t.rt.store.outboxWritten.on(() => (wakes += 1));
  });
  afterAll(() => t.close());

  it('once the transaction has committed, not while it is open', async () => {
    const before = wakes;
    let duringTransaction = -1;
    await t.rt.store.db.transaction().execute(async (tx) => {
      await enqueueOutbox(tx, t.rt.clock.now(), [{ topic: 'test', orderingKey: 'a', payload: {} }]);
      await enqueueOutbox(tx, t.rt.clock.now(), [{ topic: 'test', orderingKey: 'b', payload: {} }]);
      duringTransaction = wakes - before;
    });
    expect(duringTransaction).toBe(0);
    expect(wakes - before).toBe(1);
  });

  it('not for a transaction that rolled back', async () => {
    const before = wakes;
    await expect(
      t.rt.store.db.transaction().execute(async (tx) => {
        await enqueueOutbox(tx, t.rt.clock.now(), [{ topic: 'test', orderingKey: 'c', payload: {} }]);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await t.rt.store.db.transaction().execute(async (tx) => void (await tx.selectFrom('settings').select('key').execute()));
    expect(wakes - before).toBe(0);
  });

  it('a payment create that owes a webhook wakes it; one that owes nothing does not', async () => {
    const quiet = wakes;
    await create(t, await freshAuth(t, DEMO.partnerKeys, DEMO.units.partnerNett));
    expect(wakes - quiet).toBe(0);
    const auth = await freshAuth(t, DEMO.partnerKeys, DEMO.units.partnerKafe);
    const hook = await t.inject({ method: 'POST', url: '/webhooks/v1/webhooks', headers: auth, payload: { url: 'https://receiver.example/hook', events: ['epayments.payment.created.v1'] } });
    expect(hook.statusCode).toBe(201);
    const before = wakes;
    await create(t, await freshAuth(t, DEMO.partnerKeys, DEMO.units.partnerKafe));
    expect(wakes - before).toBe(1);
  });
});
