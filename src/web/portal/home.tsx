// The portal's front page for a logged-in person.
import type { FastifyInstance } from 'fastify';
import { ROLE_LABEL } from '../../domain/registry/roles.js';
import { accessOfPerson } from '../../operations/portal/access-of-person.js';
import type { Runtime } from '../../runtime.js';
import { Layout } from '../render.js';
import { pageConfig, sendPage } from '../page.js';
import { AccessLinks } from './access-links.js';

export const portalNav = [
  { href: '/portal', label: 'Home' },
  { href: '/mailbox', label: 'Mailbox' },
];

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
  app.get('/portal', { config: pageConfig, schema: { hide: true } }, async (req, reply) => {
    const { person, session } = req.portal!;
    const companies = await accessOfPerson({ db: rt.store.db, nin: person.nin });
    return sendPage(
      reply,
      <Layout title="Merchant portal" area="Merchant portal" nav={portalNav}>
        <div class="actions" style="justify-content: space-between">
          <h1>
            Hello, {person.first_name} {person.last_name}
          </h1>
          <LogoutButton csrf={session.csrf} />
        </div>
        <h2>Companies you may act for</h2>
        {companies.length === 0 ? (
          <p class="muted">The business registry lists you as neither CEO nor chair of a company, and no merchant has given you access.</p>
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>Company</th>
                  <th>Organisation number</th>
                  <th>Your access</th>
                  <th>Customer</th>
                </tr>
              </thead>
              <tbody>
                {companies.map((c) => (
                  <tr>
                    <td>{c.name}</td>
                    <td class="mono">{c.orgno}</td>
                    <td>
                      {c.registryRoles.map((r) => ROLE_LABEL[r] ?? r).join(', ')}
                      {c.via.includes('portal-user') && <div class="small muted">Portal user: {[...c.permissions].join(', ').toLowerCase()}</div>}
                    </td>
                    <td>{c.merchantId ? <span class="badge ok">Merchant</span> : <span class="badge">Not yet a merchant</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <AccessLinks companies={companies} />
      </Layout>,
    );
  });
}
