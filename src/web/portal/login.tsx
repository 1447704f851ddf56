// Logging in to the merchant portal as a person: a simulated BankID. Pick a person of the
// world or type a national identity number.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { checkNin } from '../../domain/identifiers.js';
import { findPerson, listPeople, type PersonWithRoles } from '../../operations/sessions/find-person.js';
import type { Runtime } from '../../runtime.js';
import { Layout } from '../render.js';
import { formValues } from '../form-values.js';
import { pageConfig, pageQuery, pageSchema, safeNext, seeOther, sendPage } from '../page.js';
import { checkCsrf, checkLoginCsrf, endSession, loadSession, loginCsrfToken, startSession } from '../sessions.js';
import { Notice } from '../components/notice.js';

function LoginPage({ csrf, next, persons, error, typed }: { csrf: string; next: string; persons: PersonWithRoles[]; error?: string; typed?: string }) {
  return (
    <Layout title="Log in" area="Merchant portal">
      <h1>Log in with BankID</h1>
      <p class="muted">This is a simulated BankID: choose who you are. Nothing leaves this machine.</p>
      {error && (
        <Notice kind="error">
          {error}
        </Notice>
      )}
      <div class="card">
        <form method="post" action="/portal/login" class="stack">
          <input type="hidden" name="_csrf" value={csrf} />
          <input type="hidden" name="next" value={next} />
          <label>
            National identity number (fødselsnummer)
            <span class="hint">11 digits</span>
            <input name="nin" inputMode="numeric" autoComplete="off" value={typed ?? ''} pattern="\d{11}" required />
          </label>
          <div class="actions">
            <button type="submit">Log in</button>
          </div>
        </form>
      </div>
      {persons.length > 0 && (
        <>
          <h2>Or pick a person of this world</h2>
          <p class="muted small">
            The business registry's signatory rule: the CEO (daglig leder) or the chair (styreleder) may sign a company's merchant
            agreement; anyone else reaches a company in the portal only once given access there.
          </p>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>Name</th>
                  <th>National identity number</th>
                  <th>Roles in the business registry</th>
                  <th></th>
                </tr>
              </thead>
              <tbody>
                {persons.map((p) => (
                  <tr>
                    <td>
                      {p.name}
                    </td>
                    <td class="mono">{p.nin}</td>
                    <td data-testid="roles">
                      {p.roles.length === 0 ? (
                        <span class="muted">No role in any company</span>
                      ) : (
                        <ul class="plain">
                          {p.roles.map((r) => (
                            <li>
                              {r.organisationName} ({r.orgno}): {r.roles.join(', ')} ·{' '}
                              {r.maySign ? <strong>may sign</strong> : <span class="muted">may not sign</span>}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>
                      <form method="post" action="/portal/login">
                        <input type="hidden" name="_csrf" value={csrf} />
                        <input type="hidden" name="next" value={next} />
                        <input type="hidden" name="nin" value={p.nin} />
                        <button type="submit" class="secondary">
                          Log in as {p.firstName}
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Layout>
  );
}

export const portalLoginRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  /** `asked`: where to go after logging in, as the link or the form asked. */
  const show = async (req: FastifyRequest, reply: FastifyReply, asked: string | undefined, status = 200, error?: string, typed?: string) => {
    const next = safeNext(asked, '/portal');
    const persons = await listPeople({ db: rt.store.db });
    return sendPage(reply, <LoginPage csrf={loginCsrfToken(rt, req, reply)} next={next} persons={persons} error={error} typed={typed} />, status);
  };

  app.get('/portal/login', { config: pageConfig, schema: pageSchema('Portal: simulated BankID log-in', { querystring: pageQuery('next') }) }, (req, reply) => show(req, reply, req.query.next));

  app.post('/portal/login', { config: pageConfig, schema: pageSchema('Portal: log in as a person') }, async (req, reply) => {
    checkLoginCsrf(req);
    const form = formValues(req);
    const nin = form.text('nin').replace(/\s+/g, '');
    const why = checkNin(nin);
    if (why) return show(req, reply, form.text('next'), 400, `That national identity number ${why}.`, nin);
    const person = await findPerson({ db: rt.store.db, nin });
    if (!person) return show(req, reply, form.text('next'), 401, 'BankID does not know this national identity number: no person with it is in this world. Check the number, or pick a person below.', nin);
    await startSession(rt, reply, 'portal', person.nin);
    return seeOther(reply, safeNext(form.text('next'), '/portal'));
  });

  app.post('/portal/logout', { config: pageConfig, schema: pageSchema('Portal: log out') }, async (req, reply) => {
    const session = await loadSession(rt, req, 'portal');
    if (session) checkCsrf(req, session);
    await endSession(rt, req, reply, 'portal');
    return seeOther(reply, '/portal/login');
  });
};
