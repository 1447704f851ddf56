// Sends an email: recorded in the mailbox in the caller's transaction (so it exists exactly
// when the change that caused it does) and, with SMTP_URL set, queued for delivery.
import type { Queryable } from '../store/db.js';
import { insertEmail, type NewEmail } from '../store/emails-repo.js';
import { enqueueOutbox } from '../store/outbox-repo.js';

export const EMAIL_TOPIC = 'email';

export async function sendEmail(o: { tx: Queryable; email: NewEmail; now: number; smtp: boolean }): Promise<number> {
  const email = { ...o.email, to: o.email.to.trim().toLowerCase() };
  const id = await insertEmail(o.tx, email, o.now, o.smtp ? 'pending' : 'not-configured');
  if (o.smtp) await enqueueOutbox(o.tx, o.now, [{ topic: EMAIL_TOPIC, orderingKey: `email:${id}`, payload: { id, ...email } }]);
  return id;
}
