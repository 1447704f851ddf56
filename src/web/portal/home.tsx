// The portal's front page for a logged-in person: every company they may act for, with its
// agreements, product orders, sales units and anything waiting for them.
import type { FastifyInstance } from 'fastify';
import { portalOverview } from '../../operations/signup/portal-overview.js';
import type { Runtime } from '../../runtime.js';
import { Layout } from '../render.js';
import { pageConfig, pageSchema, sendPage } from '../page.js';
import { CompanyOverviewCard } from './signup/company-overview.js';
import { AccessLinks } from './access-links.js';

import { portalNav } from './nav.js';

export { portalNav };

export function LogoutButton({ csrf }: { csrf: string }) {
  return (
    <form method="post" action="/portal/logout">
      <input type="hidden" name="_csrf" value={csrf} />
      <button type="submit" class="secondary">
        Log out
      </button>
    </form>
  );
}

export async function portalHomeRoutes(app: FastifyInstance, { rt }: { rt: Runtime }) {
  app.get('/portal', { config: pageConfig, schema: pageSchema('Portal: home of the logged-in person') }, async (req, reply) => {
    const { person, session } = req.portal!;
    const companies = await portalOverview({ db: rt.store.db, nin: person.nin });
    return sendPage(
      reply,
      <Layout title="Merchant portal" area="Merchant portal" nav={portalNav}>
        <div class="actions" style="justify-content: space-between">
          <h1>
            Hello, {person.name}
          </h1>
          <LogoutButton csrf={session.csrf} />
        </div>
        <h2>Companies you may act for</h2>
        {companies.length === 0 ? (
          <p class="muted">The business registry lists you as neither CEO nor chair of a company, and no merchant has given you access.</p>
        ) : (
          companies.map((c) => <CompanyOverviewCard c={c} />)
        )}
        <AccessLinks companies={companies} />
      </Layout>,
    );
  });
}
