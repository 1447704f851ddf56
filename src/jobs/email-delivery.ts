// Delivers queued emails through SMTP_URL (nodemailer); the outbox retries failures.
// nodemailer is loaded with the first email, not at start: most runs send none, and
// loading it took about a tenth of the start-up.
import type { Transporter } from 'nodemailer';
import type { Store } from '../store/db.js';
import { setEmailSmtpStatus } from '../store/emails-repo.js';
import { EMAIL_TOPIC } from '../operations/send-email.js';
import type { JobDeps } from './deps.js';
import type { OutboxHandler } from './outbox-worker.js';

export function emailDeliveryHandler(o: { smtpUrl: string; from: string; store: Store }): OutboxHandler {
  let transport: Promise<Transporter> | undefined;
  return {
    maxAttempts: 8,
    async deliver(message, payload) {
      const p = payload as { id: number; to: string; subject: string; body: string };
      try {
        transport ??= import('nodemailer').then((m) => m.default.createTransport(o.smtpUrl));
        await (await transport).sendMail({ from: o.from, to: p.to, subject: p.subject, text: p.body });
      } catch (err) {
        if (message.attempts + 1 >= 8) await setEmailSmtpStatus(o.store.db, p.id, 'failed');
        throw err;
      }
      await setEmailSmtpStatus(o.store.db, p.id, 'sent');
    },
  };
}

/** Emails go out only where SMTP_URL is set; elsewhere they stay in the mailbox. */
export function installEmailJobs(deps: JobDeps): void {
  const { smtpUrl } = deps.config;
  if (smtpUrl) deps.outbox.register(EMAIL_TOPIC, emailDeliveryHandler({ smtpUrl, from: 'vpp <no-reply@vpp.invalid>', store: deps.store }));
}
