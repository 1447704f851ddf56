// Every email vpp sent, newest first, so a developer sees what the merchant and the
// partner were told. Also as JSON for scripts (simulation API).
import Type from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listEmails } from '../../operations/mailbox/list-emails.js';
import type { Runtime } from '../../runtime.js';
import { Layout } from '../render.js';
import { pageConfig, pageSchema, sendPage } from '../page.js';

const Query = Type.Object({ to: Type.Optional(Type.String({ maxLength: 254 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })) });

export const mailboxRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  app.get('/mailbox', { config: pageConfig, schema: pageSchema('Mailbox: every email vpp sent', { querystring: Query }) }, async (req, reply) => {
    const { to, limit } = req.query;
    const emails = await listEmails({ db: rt.store.db, to: to || undefined, limit: limit ?? 100 });
    return sendPage(
      reply,
      <Layout title="Mailbox" area="Mailbox" nav={[{ href: '/portal', label: 'Portal' }, { href: '/backoffice', label: 'Back office' }]}>
        <h1>Mailbox</h1>
        <p class="muted">Every email vpp sent, newest first.{rt.config.smtpUrl ? ' They are also delivered through SMTP.' : ''}</p>
        <form method="get" action="/mailbox" class="actions" style="margin-bottom: 1rem">
          <label style="flex: 1">
            Recipient
            <input name="to" type="email" value={to ?? ''} placeholder="someone@example.com" />
          </label>
          <button type="submit" class="secondary">
            Filter
          </button>
          {to && <a href="/mailbox">Show all</a>}
        </form>
        {emails.length === 0 ? (
          <p class="muted">{to ? `No email to ${to}.` : 'No email yet.'}</p>
        ) : (
          emails.map((e) => (
            <article class="card email">
              <dl class="facts">
                <dt>To</dt>
                <dd>
                  <a href={`/mailbox?to=${encodeURIComponent(e.to_address)}`}>{e.to_address}</a>
                </dd>
                <dt>Subject</dt>
                <dd>
                  <strong>{e.subject}</strong>
                </dd>
                <dt>Sent</dt>
                <dd>{new Date(e.created_at).toISOString().replace('T', ' ').slice(0, 19)} UTC</dd>
              </dl>
              <pre style="white-space: pre-wrap; background: #f0eff5; color: inherit">{e.body}</pre>
            </article>
          ))
        )}
      </Layout>,
    );
  });

  if (!rt.config.simulation) return;
  const Email = Type.Object({ id: Type.Integer(), to: Type.String(), subject: Type.String(), body: Type.String(), sentAt: Type.String({ format: 'date-time' }), smtpStatus: Type.String() });
  app.get(
    '/_sim/emails',
    { schema: { tags: ['Simulation'], summary: 'Emails vpp sent, newest first', querystring: Query, response: { 200: Type.Object({ emails: Type.Array(Email) }) } } },
    async (req) => {
      const { to, limit } = req.query;
      const rows = await listEmails({ db: rt.store.db, to, limit: limit ?? 100 });
      return { emails: rows.map((e) => ({ id: Number(e.id), to: e.to_address, subject: e.subject, body: e.body, sentAt: new Date(e.created_at).toISOString(), smtpStatus: e.smtp_status })) };
    },
  );
};
