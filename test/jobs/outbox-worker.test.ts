// The outbox worker as several nodes run it on one database: a node takes only the topics
// it can deliver, and a delivery still under way on a node is not started again there when
// a moved clock runs its lease out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { sendEmail } from '../../src/operations/send-email.js';
import { emailDeliveryHandler } from '../../src/jobs/email-delivery.js';
import { OutboxWorker } from '../../src/jobs/outbox-worker.js';
import { enqueueOutbox, findOutboxMessage } from '../../src/store/outbox-repo.js';

describe('the outbox worker on several nodes', () => {
  let t: TestApp;
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ config: { smtpUrl: sink.url } });
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });
  const worker = (node: string) => new OutboxWorker({ store: t.rt.store, clock: t.rt.clock, node, log: t.rt.log });
  const smtpStatus = async () => (await t.inject({ method: 'GET', url: '/_sim/emails' })).json().emails[0].smtpStatus as string;

  it('a node without SMTP_URL leaves emails to a node that has it, instead of giving them up', async () => {
    await t.rt.store.db.transaction().execute((tx) => sendEmail({ tx, email: { to: 'post@havblikk.example', subject: 'Ready', body: 'MSN 312345' }, now: t.rt.clock.now(), smtp: true }));
    const withoutSmtp = worker('node-without-smtp');
    withoutSmtp.register('webhook', { deliver: async () => {} });
    expect(await withoutSmtp.runOnce()).toBe(0);
    expect(await smtpStatus()).toBe('pending');

    const withSmtp = worker('node-with-smtp');
    withSmtp.register('email', emailDeliveryHandler({ smtpUrl: sink.url, from: 'vpp <no-reply@vpp.invalid>', store: t.rt.store }));
    expect(await withSmtp.runOnce()).toBe(1);
    expect(sink.messages.map((m) => m.to)).toEqual([['<post@havblikk.example>']]);
    expect(await smtpStatus()).toBe('sent');
  });

  it('a delivery still under way is not started a second time on its node when the clock passes its lease', async () => {
    const [id] = await enqueueOutbox(t.rt.store.db, t.rt.clock.now(), [{ topic: 'slow', orderingKey: 'slow:1', payload: {} }]);
    let calls = 0;
    let finish!: () => void;
    const w = worker('node-a');
    w.register('slow', { deliver: () => (calls++, new Promise<void>((r) => (finish = r))) });
    const first = w.runOnce();
    await expect.poll(() => calls).toBe(1);
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 61 } });
    expect(await w.runOnce()).toBe(0); // it claims the message again, but does not send it
    expect(calls).toBe(1);
    finish();
    expect(await first).toBe(1);
    expect((await findOutboxMessage(t.rt.store.db, id!))?.status).toBe('done');
  });

  it('a receiver at its cap keeps its backlog untouched in the outbox while another receiver\'s message goes out', async () => {
    const now = t.rt.clock.now();
    const slow = Array.from({ length: 30 }, (_, i) => ({ topic: 'capped', orderingKey: `capped:slow:${i}`, payload: { receiver: 'slow.example' }, receiver: 'slow.example' }));
    const ids = await enqueueOutbox(t.rt.store.db, now, [...slow, { topic: 'capped', orderingKey: 'capped:quick', payload: { receiver: 'quick.example' }, receiver: 'quick.example' }]);
    const seen: string[] = [];
    const hanging: (() => void)[] = [];
    const w = new OutboxWorker({ store: t.rt.store, clock: t.rt.clock, node: 'node-capped', log: t.rt.log, pollMs: 3_600_000 });
    w.register('capped', {
      slots: 5,
      perReceiver: 2,
      receiverOf: (p) => (p as { receiver: string }).receiver,
      deliver: (_m, p) => {
        const receiver = (p as { receiver: string }).receiver;
        seen.push(receiver);
        return receiver === 'quick.example' ? Promise.resolve() : new Promise<void>((r) => hanging.push(r));
      },
    });
    w.start();
    await expect.poll(async () => (await findOutboxMessage(t.rt.store.db, ids.at(-1)!))?.status).toBe('done');
    expect(seen.sort()).toEqual(['quick.example', 'slow.example', 'slow.example']);
    // The 28 waiting for the slow receiver were never taken and given back: still due now.
    const waiting = await Promise.all(ids.slice(2, 30).map((id) => findOutboxMessage(t.rt.store.db, id)));
    expect(waiting.every((m) => m?.status === 'pending' && m.locked_by === null && Number(m.next_attempt_at) === now)).toBe(true);
    // Once the receiver answers, its backlog goes out in full, two at a time.
    const release = setInterval(() => hanging.splice(0).forEach((r) => r()), 5);
    await expect.poll(async () => (await Promise.all(ids.map((id) => findOutboxMessage(t.rt.store.db, id)))).filter((m) => m?.status === 'done').length, { timeout: 10_000 }).toBe(31);
    clearInterval(release);
    await w.stop();
  });
});
