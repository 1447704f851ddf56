import type { Queryable } from './db.js';

import type { NewEmail } from '../domain/email.js';

export type { NewEmail };

export async function insertEmail(db: Queryable, email: NewEmail, now: number, smtpStatus: string): Promise<number> {
  const row = await db
    .insertInto('emails')
    .values({ to_address: email.to, subject: email.subject, body: email.body, created_at: now, smtp_status: smtpStatus })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export function listEmails(db: Queryable, opts: { to?: string; limit: number }) {
  let q = db.selectFrom('emails').selectAll().orderBy('id', 'desc').limit(opts.limit);
  if (opts.to) q = q.where('to_address', '=', opts.to.trim().toLowerCase());
  return q.execute();
}

export async function setEmailSmtpStatus(db: Queryable, id: number, status: string): Promise<void> {
  await db.updateTable('emails').set({ smtp_status: status }).where('id', '=', id).execute();
}
