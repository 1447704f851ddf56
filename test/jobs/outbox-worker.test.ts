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
});
