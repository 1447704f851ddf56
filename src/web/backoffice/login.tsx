// Back-office operators log in with the username and password of the world file.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { logInOperator } from '../../operations/sessions/log-in-operator.js';
import type { Runtime } from '../../runtime.js';
import { Layout } from '../render.js';
import { pageConfig, pageSchema, safeNext, seeOther, sendPage } from '../page.js';
import { checkCsrf, checkLoginCsrf, endSession, loadSession, loginCsrfToken, startSession } from '../sessions.js';

function LoginPage({ csrf, next, error, username }: { csrf: string; next: string; error?: string; username?: string }) {
  return (
    <Layout title="Back office log in" area="Back office">
      <h1>Back office</h1>
      <p class="muted">For Vipps MobilePay staff who review merchant agreements and product orders.</p>
      {error && (
        <div class="notice error" role="alert">
          {error}
        </div>
      )}
      <div class="card">
        <form method="post" action="/backoffice/login" class="stack">
          <input type="hidden" name="_csrf" value={csrf} />
          <input type="hidden" name="next" value={next} />
          <label>
            Username
            <input name="username" autoComplete="username" value={username ?? ''} required />
          </label>
          <label>
            Password
            <input name="password" type="password" autoComplete="current-password" required />
          </label>
          <div class="actions">
            <button type="submit">Log in</button>
          </div>
        </form>
      </div>
    </Layout>
  );
}

export async function backofficeLoginRoutes(app: FastifyInstance, { rt }: { rt: Runtime }) {
  const show = (req: FastifyRequest, reply: FastifyReply, status = 200, error?: string, username?: string) => {
    const q = (req.query ?? {}) as Record<string, unknown>;
    const body = (req.body ?? {}) as Record<string, unknown>;
    return sendPage(reply, <LoginPage csrf={loginCsrfToken(rt, req, reply)} next={safeNext(body.next ?? q.next, '/backoffice')} error={error} username={username} />, status);
  };

  app.get('/backoffice/login', { config: pageConfig, schema: pageSchema('Back office: log-in form') }, (req, reply) => show(req, reply));

  app.post('/backoffice/login', { config: pageConfig, schema: pageSchema('Back office: log in as an operator') }, async (req, reply) => {
    checkLoginCsrf(req);
    const body = req.body as Record<string, string | undefined>;
    const username = (body.username ?? '').trim();
    const operator = await logInOperator({ db: rt.store.db, username, password: body.password ?? '' });
    // One answer for an unknown user and a wrong password: the form tells nothing more.
    if (!operator) {
      return show(req, reply, 401, 'Wrong username or password.', username);
    }
    await startSession(rt, reply, 'backoffice', operator.id);
    return seeOther(reply, safeNext(body.next, '/backoffice'));
  });

  app.post('/backoffice/logout', { config: pageConfig, schema: pageSchema('Back office: log out') }, async (req, reply) => {
    const session = await loadSession(rt, req, 'backoffice');
    if (session) checkCsrf(req, session);
    await endSession(rt, req, reply, 'backoffice');
    return seeOther(reply, '/backoffice/login');
  });
}
