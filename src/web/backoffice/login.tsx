// Back-office operators log in with the username and password of the world file.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LoginThrottle } from '../../domain/backoffice/login-throttle.js';
import { VppError } from '../../domain/errors.js';
import { logInOperator } from '../../operations/sessions/log-in-operator.js';
import type { Runtime } from '../../runtime.js';
import { Layout } from '../render.js';
import { formValues } from '../form-values.js';
import { pageConfig, pageQuery, pageSchema, safeNext, seeOther, sendPage } from '../page.js';
import { checkCsrf, checkLoginCsrf, endSession, loadSession, loginCsrfToken, startSession } from '../sessions.js';
import { Notice } from '../components/notice.js';

function LoginPage({ csrf, next, error, username }: { csrf: string; next: string; error?: string; username?: string }) {
  return (
    <Layout title="Back office log in" area="Back office">
      <h1>Back office</h1>
      <p class="muted">For Vipps MobilePay staff who review merchant agreements and product orders.</p>
      {error && (
        <Notice kind="error">
          {error}
        </Notice>
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

export const backofficeLoginRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  const throttle = new LoginThrottle();
  /** `next`: where to go after logging in, as the link or the form asked. */
  const show = (req: FastifyRequest, reply: FastifyReply, next: string | undefined, status = 200, error?: string, username?: string) =>
    sendPage(reply, <LoginPage csrf={loginCsrfToken(rt, req, reply)} next={safeNext(next, '/backoffice')} error={error} username={username} />, status);

  app.get('/backoffice/login', { config: pageConfig, schema: pageSchema('Back office: log-in form', { querystring: pageQuery('next') }) }, (req, reply) => show(req, reply, req.query.next));

  app.post('/backoffice/login', { config: pageConfig, schema: pageSchema('Back office: log in as an operator') }, async (req, reply) => {
    checkLoginCsrf(req);
    const form = formValues(req);
    const username = form.text('username').trim();
    let operatorId: string;
    try {
      operatorId = await logInOperator({ db: rt.store.db, throttle, username, password: form.text('password'), address: req.ip });
    } catch (err) {
      if (!(err instanceof VppError)) throw err;
      // One answer for an unknown user and a wrong password: the form tells nothing more.
      if (err.kind === 'rate_limited') reply.header('retry-after', err.opts.code ?? '1');
      return show(req, reply, form.text('next'), err.kind === 'rate_limited' ? 429 : 401, err.detail, username);
    }
    await startSession(rt, reply, 'backoffice', operatorId);
    return seeOther(reply, safeNext(form.text('next'), '/backoffice'));
  });

  app.post('/backoffice/logout', { config: pageConfig, schema: pageSchema('Back office: log out') }, async (req, reply) => {
    const session = await loadSession(rt, req, 'backoffice');
    if (session) checkCsrf(req, session);
    await endSession(rt, req, reply, 'backoffice');
    return seeOther(reply, '/backoffice/login');
  });
};
