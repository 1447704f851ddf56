import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { sendEmail } from '../../src/operations/send-email.js';

async function send(t: TestApp, to: string, subject: string, body: string) {
  await t.rt.store.db.transaction().execute((tx) => sendEmail({ tx, email: { to, subject, body }, now: t.rt.clock.now(), smtp: !!t.rt.config.smtpUrl }));
  t.rt.outbox.kick();
}

describe('the mailbox', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await send(t, 'Post@Fjellbakeriet.example', 'First', 'Hello <b>merchant</b>');
    await send(t, 'partner@fjordkassa.example', 'Second', 'Hello partner');
    await send(t, 'post@fjellbakeriet.example', 'Third', 'Again');
  });
  afterAll(() => t.close());

  it('lists every email newest first, with the body escaped', async () => {
    const res = await t.inject({ method: 'GET', url: '/mailbox' });
    expect(res.statusCode).toBe(200);
    const order = ['Third', 'Second', 'First'].map((s) => res.body.indexOf(`<strong>${s}</strong>`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(res.body).toContain('Hello &lt;b>merchant&lt;/b>');
  });

  it('filters by recipient, whatever the case of the address', async () => {
    const res = await t.inject({ method: 'GET', url: '/mailbox?to=POST%40fjellbakeriet.example' });
    expect(res.body).toContain('<strong>First</strong>');
    expect(res.body).toContain('<strong>Third</strong>');
    expect(res.body).not.toContain('<strong>Second</strong>');
    const json = (await t.inject({ method: 'GET', url: '/_sim/emails?to=partner%40fjordkassa.example' })).json();
    expect(json.emails).toEqual([expect.objectContaining({ to: 'partner@fjordkassa.example', subject: 'Second', body: 'Hello partner', smtpStatus: 'not-configured' })]);
  });
});

describe('the mailbox with SMTP_URL set', () => {
  let t: TestApp;
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
    // No background worker: the test runs the outbox pass itself and waits for it to end.
    t = await startTestApp({ config: { smtpUrl: sink.url, worker: false } });
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('also delivers each email through the SMTP server', async () => {
    await send(t, 'post@havblikk.example', 'Your sales unit is ready', 'MSN 312345');
    // One pass claims the email and resolves once it is delivered and its outcome recorded:
    // a wait for the delivery itself, however slow the machine, rather than a bounded poll.
    await t.rt.outbox.runOnce();
    expect(sink.messages).toHaveLength(1);
    expect(sink.messages[0]!.to).toEqual(['<post@havblikk.example>']);
    expect(sink.messages[0]!.data).toContain('Subject: Your sales unit is ready');
    const json = (await t.inject({ method: 'GET', url: '/_sim/emails' })).json();
    expect(json.emails[0].smtpStatus).toBe('sent');
  });
});
