// The portal's front page for a logged-in person.
import type { FastifyInstance } from 'fastify';
import { ROLE_LABEL } from '../../domain/registry/roles.js';
import { rolesOfPerson } from '../../store/registry-repo.js';
import type { Runtime } from '../../runtime.js';
import { Layout } from '../render.js';
import { pageConfig, sendPage } from '../page.js';

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
    const roles = await rolesOfPerson(rt.store.db, person.nin);
    const byOrg = new Map<string, { name: string; merchant: boolean; roles: string[] }>();
    for (const r of roles) {
      const entry = byOrg.get(r.orgno) ?? { name: r.merchant_name ?? r.organisation_name, merchant: !!r.merchant_id, roles: [] };
      entry.roles.push(ROLE_LABEL[r.role] ?? r.role);
      byOrg.set(r.orgno, entry);
    }
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
        {byOrg.size === 0 ? (
          <p class="muted">The business registry lists you in no role, and no merchant has given you access.</p>
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>Company</th>
                  <th>Organisation number</th>
                  <th>Your role</th>
                  <th>Customer</th>
                </tr>
              </thead>
              <tbody>
                {[...byOrg].map(([orgno, o]) => (
                  <tr>
                    <td>{o.name}</td>
                    <td class="mono">{orgno}</td>
                    <td>{o.roles.join(', ')}</td>
                    <td>{o.merchant ? <span class="badge ok">Merchant</span> : <span class="badge">Not yet a merchant</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Layout>,
    );
  });
}
