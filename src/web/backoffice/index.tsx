// The back office: operators review merchant agreements and product orders.
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../runtime.js';
import { Layout } from '../render.js';
import { pageConfig, sendPage } from '../page.js';
import { requireOperator } from './guard.js';
import { backofficeLoginRoutes } from './login.js';
import { backofficePartnerChangeRoutes } from './partner-changes/routes.js';

export const backofficeNav = [
  { href: '/backoffice', label: 'Queue' },
  { href: '/backoffice/partner-changes', label: 'Partner changes' },
  { href: '/mailbox', label: 'Mailbox' },
];

export function OperatorBar({ name, csrf }: { name: string; csrf: string }) {
  return (
    <div class="actions" style="justify-content: flex-end">
      <span class="muted small">Logged in as {name}</span>
      <form method="post" action="/backoffice/logout">
        <input type="hidden" name="_csrf" value={csrf} />
        <button type="submit" class="secondary">
          Log out
        </button>
      </form>
    </div>
  );
}

export async function backoffice(app: FastifyInstance, { rt }: { rt: Runtime }) {
  await app.register(backofficeLoginRoutes, { rt });
  await app.register(async (authed) => {
    requireOperator(authed, rt);
    authed.get('/backoffice', { config: pageConfig, schema: { hide: true } }, async (req, reply) => {
      const { operator, session } = req.backoffice!;
      return sendPage(
        reply,
        <Layout title="Back office" area="Back office" nav={backofficeNav}>
          <OperatorBar name={operator.name} csrf={session.csrf} />
          <h1>Queue</h1>
          <p class="muted">Nothing waits for review.</p>
        </Layout>,
      );
    });
    await authed.register(backofficePartnerChangeRoutes, { rt });
  });
}
