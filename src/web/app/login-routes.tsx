// The payer's app's Login pages: where the authorize endpoint sends the browser (phone
// number, then consent), and where a person answers logins from phone number (CIBA) and
// withdraws consents. The OpenID provider keeps the login's state; these pages finish it.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { errors } from 'oidc-provider';
import type { Runtime } from '../../runtime.js';
import { pageParams, pageQuery, pageSchema, sendPage, seeOther } from '../page.js';
import { normalizePhone } from '../../domain/payments/payer.js';
import { loginProviderFor } from '../../api/login/provider.js';
import { findLoginAccount } from '../../operations/login/find-login-account.js';
import { hasRememberedConsent } from '../../operations/login/remembered-consent.js';
import { rememberLoginConsent } from '../../operations/login/remember-login-consent.js';
import { sendCibaBrowser } from '../../operations/login/send-ciba-browser.js';
import { withdrawLoginConsent } from '../../operations/login/withdraw-login-consent.js';
import { loginClientNames } from '../../operations/login/login-client-names.js';
import { personLoginOverview } from '../../operations/login/person-login-overview.js';
import { formValues } from '../form-values.js';
import { FormGuard } from './form-guard.js';
import { LoginConsentPage, LoginGonePage, LoginPhonePage, LoginsPage } from './login-pages.js';

const UID = /^[\w-]{10,64}$/;

export const loginAppRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  const guard = new FormGuard(rt.box);
  const db = rt.store.db;
  // Each world's own provider (a namespace's logins are its own), looked up per request.
  const providerOf = () => loginProviderFor(rt);

  const gone = (reply: FastifyReply) =>
    sendPage(reply, <LoginGonePage message="This login has expired or was already finished. Go back to the merchant's site and start again." />, 410);
  const refusedForm = (reply: FastifyReply) =>
    sendPage(reply, <LoginGonePage message="This form has expired or did not come from this page. Go back, reload the page and try again." />, 403);

  /** The login in progress in this browser, with the merchant's name and the scopes asked for. */
  async function interaction(uid: string, req: FastifyRequest, reply: FastifyReply) {
    if (!UID.test(uid)) return undefined;
    try {
      const details = await (await providerOf()).interactionDetails(req.raw, reply.raw);
      if (details.uid !== uid) return undefined;
      const clientId = details.params.client_id ?? '';
      const unitName = (await loginClientNames({ db, clientIds: [clientId] })).get(clientId)?.name ?? clientId;
      return { details, clientId, unitName, scopes: (details.params.scope ?? 'openid').split(' ').filter(Boolean) };
    } catch (err) {
      if (err instanceof Error && (err.name === 'SessionNotFound' || err.name === 'InvalidRequest')) return undefined;
      throw err;
    }
  }

  /** Hands the answer to the provider, which sends the browser back to the merchant. */
  async function finish(req: FastifyRequest, reply: FastifyReply, result: Record<string, unknown>) {
    reply.hijack();
    await (await providerOf()).interactionFinished(req.raw, reply.raw, result, { mergeWithLastSubmission: false });
  }

  async function grantAndFinish(req: FastifyRequest, reply: FastifyReply, sub: string, clientId: string, scopes: string[]) {
    const provider = await providerOf();
    const grant = new provider.Grant({ accountId: sub, clientId });
    grant.addOIDCScope(scopes.join(' '));
    const grantId = await grant.save();
    await finish(req, reply, { login: { accountId: sub }, consent: { grantId } });
  }

  app.get('/app/login/:uid', { schema: pageSchema("Payer's app: log in to a merchant (phone number, then consent)", { params: pageParams('uid') }) }, async (req, reply) => {
    const i = await interaction(req.params.uid, req, reply);
    if (!i) return gone(reply);
    const csrf = guard.tokenFor(req, reply);
    const props = { uid: i.details.uid, unitName: i.unitName, scopes: i.scopes, csrf };
    const accountId = i.details.prompt.name === 'consent' ? i.details.session?.accountId : undefined;
    const user = accountId ? await findLoginAccount({ db, sub: accountId }) : undefined;
    if (user) return sendPage(reply, <LoginConsentPage {...props} phone={user.phone} personName={`${user.firstName} ${user.lastName}`} />);
    return sendPage(reply, <LoginPhonePage {...props} phone="" />);
  });

  app.post('/app/login/:uid', { schema: pageSchema("Payer's app: the phone number of the person logging in", { params: pageParams('uid') }) }, async (req, reply) => {
    const form: Partial<Record<string, string>> = formValues(req).texts();
    if (!guard.check(req, form.csrf)) return refusedForm(reply);
    const i = await interaction(req.params.uid, req, reply);
    if (!i) return gone(reply);
    const props = { uid: i.details.uid, unitName: i.unitName, scopes: i.scopes, csrf: guard.tokenFor(req, reply) };
    const n = normalizePhone(form.phone ?? '');
    const user = 'phone' in n ? await findLoginAccount({ db, phone: n.phone }) : undefined;
    if (!user) {
      const error = 'problem' in n ? n.problem : `No Vipps MobilePay user has the number ${n.phone}. Use a number of the world file's vippsUsers.`;
      return sendPage(reply, <LoginPhonePage {...props} phone={form.phone ?? ''} error={error} />, 400);
    }
    if (await hasRememberedConsent({ db, sub: user.sub, clientId: i.clientId, scopes: i.scopes })) {
      return grantAndFinish(req, reply, user.sub, i.clientId, i.scopes);
    }
    return sendPage(reply, <LoginConsentPage {...props} phone={user.phone} personName={`${user.firstName} ${user.lastName}`} />);
  });

  app.post('/app/login/:uid/consent', { schema: pageSchema("Payer's app: consent to or refuse a merchant's Login request", { params: pageParams('uid') }) }, async (req, reply) => {
    const form: Partial<Record<string, string>> = formValues(req).texts();
    if (!guard.check(req, form.csrf)) return refusedForm(reply);
    const i = await interaction(req.params.uid, req, reply);
    if (!i) return gone(reply);
    const user = form.phone ? await findLoginAccount({ db, phone: form.phone }) : undefined;
    if (!user) return gone(reply);
    if (form.decision !== 'accept') {
      return finish(req, reply, { error: 'access_denied', error_description: 'The user refused to share the requested data' });
    }
    await rememberLoginConsent({ db, sub: user.sub, clientId: i.clientId, scopes: i.scopes, now: rt.clock.now() });
    return grantAndFinish(req, reply, user.sub, i.clientId, i.scopes);
  });

  const overview = async (req: FastifyRequest, reply: FastifyReply, given: string, status = 200, error?: string) => {
    const csrf = guard.tokenFor(req, reply);
    if (!given) return sendPage(reply, <LoginsPage phone="" csrf={csrf} pending={null} consents={null} />);
    const n = normalizePhone(given);
    if ('problem' in n) return sendPage(reply, <LoginsPage phone={given} csrf={csrf} pending={null} consents={null} error={n.problem} />, 400);
    const o = await personLoginOverview({ db, phone: n.phone, now: rt.clock.now() });
    if (!o) {
      const why = `No Vipps MobilePay user has the number ${n.phone}.`;
      return sendPage(reply, <LoginsPage phone={given} csrf={csrf} pending={null} consents={null} error={why} />, 404);
    }
    const name = `${o.user.firstName} ${o.user.lastName}`;
    return sendPage(reply, <LoginsPage phone={n.phone} csrf={csrf} pending={o.pending} consents={o.consents} personName={name} error={error} />, status);
  };

  app.get('/app/logins', { schema: pageSchema("Payer's app: a person's login requests and consents", { querystring: pageQuery('phone') }) }, async (req, reply) =>
    overview(req, reply, req.query.phone ?? ''),
  );

  app.post('/app/logins/answer', { schema: pageSchema("Payer's app: confirm or refuse a login from phone number") }, async (req, reply) => {
    const form: Partial<Record<string, string>> = formValues(req).texts();
    if (!guard.check(req, form.csrf)) return refusedForm(reply);
    const provider = await providerOf();
    const user = form.phone ? await findLoginAccount({ db, phone: form.phone }) : undefined;
    const request = user && form.authReqId ? await provider.BackchannelAuthenticationRequest.find(form.authReqId) : undefined;
    if (!user || !request || request.accountId !== user.sub || request.grantId || request.error) {
      return overview(req, reply, form.phone ?? '', 410, 'This login request has expired or was already answered.');
    }
    if (form.decision === 'accept') {
      const scopes = request.scope.split(' ').filter(Boolean);
      await rememberLoginConsent({ db, sub: user.sub, clientId: request.clientId, scopes, now: rt.clock.now() });
      const grant = new provider.Grant({ accountId: user.sub, clientId: request.clientId });
      grant.addOIDCScope(request.scope);
      await grant.save();
      await provider.backchannelResult(request, grant);
    } else {
      await provider.backchannelResult(request, new errors.AccessDenied!('the user refused the login'));
    }
    // Redirect to browser: the app opens the merchant's page, with the code on confirmation.
    const browser = await sendCibaBrowser({ db, box: rt.box, authReqId: form.authReqId!, accepted: form.decision === 'accept', now: rt.clock.now() });
    return seeOther(reply, browser ?? `/app/logins?phone=${encodeURIComponent(user.phone)}`);
  });

  app.post('/app/logins/withdraw', { schema: pageSchema("Payer's app: withdraw a consent given through Login") }, async (req, reply) => {
    const form: Partial<Record<string, string>> = formValues(req).texts();
    if (!guard.check(req, form.csrf)) return refusedForm(reply);
    const user = form.phone ? await findLoginAccount({ db, phone: form.phone }) : undefined;
    if (user && form.clientId) await withdrawLoginConsent({ db, sub: user.sub, clientId: form.clientId });
    return seeOther(reply, `/app/logins?phone=${encodeURIComponent(form.phone ?? '')}`);
  });
};
