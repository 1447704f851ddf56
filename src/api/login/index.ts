// The Login API: the documented paths handed to the OpenID provider (oidc-provider), plus
// what the platform adds in front of it: partner keys (?msn= on the authorize URL; a
// partner access token and Merchant-Serial-Number on the token and CIBA endpoints).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Type, { type Static } from 'typebox';
import type { Runtime } from '../../runtime.js';
import { VppError } from '../../domain/errors.js';
import { STATUS_OF } from '../error-format.js';
import { identifyCaller } from '../caller.js';
import { partnerLoginClient } from '../../operations/login/partner-login-client.js';
import { loginClientIdForMsn } from '../../operations/login/login-client-for-msn.js';
import { loginProviderFor } from './provider.js';
import { LOGIN_PATHS } from './paths.js';
import { BackchannelRequest, BackchannelResponse, JsonWebKeySet, LoginError, LoginHeaders, TokenRequest, TokenResponse, Userinfo, WellKnown } from './schemas.js';
import { renderLoginError } from './error-page.js';
import { userinfoBySubRoutes } from './userinfo-by-sub-routes.js';
import { Problem } from '../problem-schema.js';
import './errors.js';
import { cibaPaceFor } from './ciba-pace.js';
import { clientCredentials } from './client-credentials.js';
import { isPendingBackchannelPoll } from '../../operations/login/pending-backchannel-poll.js';
import { CIBA_GRANT, CIBA_REDIRECT_GRANT } from '../../domain/login/client-metadata.js';
import { cibaRedirectTarget } from '../../operations/login/ciba-redirect-target.js';
import { redeemCibaRedirectCode } from '../../operations/login/redeem-ciba-redirect-code.js';
import type { CibaRedirectAsked } from './ciba-polling.js';
import { loginUnitOfRequest } from '../../operations/login/login-unit-of-request.js';

const LOGIN = { api: 'login', errorFormat: 'oauth' } as const;
const MAX_FORM_BYTES = 56 * 1024;

type RawWithBody = FastifyRequest['raw'] & { body?: string };

/** The request's form body, as the content-type parser kept it for oidc-provider. */
function readForm(req: FastifyRequest): URLSearchParams | undefined {
  const raw = (req.raw as RawWithBody).body;
  return typeof raw === 'string' ? new URLSearchParams(raw) : undefined;
}
const TAGS = ['Login API'];

/** What the authorize endpoint reads of its query (oidc-provider reads the rest). */
const AuthorizeQuery = Type.Object(
  {
    client_id: Type.Optional(Type.String()),
    msn: Type.Optional(Type.String({ description: 'Partner keys: the MSN instead of client_id; answered with a redirect carrying the client_id' })),
    response_type: Type.Optional(Type.String({ description: 'code' })),
    scope: Type.Optional(Type.String()),
    state: Type.Optional(Type.String()),
    nonce: Type.Optional(Type.String()),
    redirect_uri: Type.Optional(Type.String()),
    code_challenge: Type.Optional(Type.String()),
    code_challenge_method: Type.Optional(Type.String()),
  },
  { additionalProperties: true },
);

export async function loginApi(app: FastifyInstance, { rt }: { rt: Runtime }) {
  const provider = await loginProviderFor(rt);
  const handle = provider.callback();
  await app.register(userinfoBySubRoutes, { rt });

  // oidc-provider reads request bodies itself: in this scope Fastify leaves them unread.
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    // A form is read once here: kept as text on the raw request, where oidc-provider takes it
    // from, and parsed for the route's schema and for what vpp decides before the provider.
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: MAX_FORM_BYTES }, (req, body, done) => {
      (req.raw as RawWithBody).body = body as string;
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });
    scope.addContentTypeParser('*', (_req, _payload, done) => done(null, undefined));

    const pass = (req: FastifyRequest, reply: FastifyReply, path?: string) => {
      reply.hijack();
      if (path) {
        const q = req.raw.url!.indexOf('?');
        req.raw.url = q >= 0 ? path + req.raw.url!.slice(q) : path;
      }
      // oidc-provider takes a mount path from originalUrl (set when a URL is rewritten, as
      // namespaces do): the provider is mounted at the root, so it is the URL it is handed.
      (req.raw as typeof req.raw & { originalUrl?: string }).originalUrl = req.raw.url;
      handle(req.raw, reply.raw);
    };
    const oauthError = (reply: FastifyReply, status: number, error: string, description: string) =>
      reply.code(status).header('cache-control', 'no-store').send({ error, error_description: description, error_code: status });

    /** Partner keys: the unit's Login client stands in for the partner's access token. */
    const actAsPartner = async (req: FastifyRequest, reply: FastifyReply, form: URLSearchParams | undefined): Promise<boolean> => {
      const auth = req.headers.authorization;
      if (!auth?.startsWith('Bearer ')) return true;
      try {
        const actor = await identifyCaller(rt, req, { subscriptionKeyOptional: true });
        const c = await partnerLoginClient({ db: rt.store.db, box: rt.box, actor });
        req.logMsn = c.msn;
        req.raw.headers.authorization = `Basic ${Buffer.from(`${encodeURIComponent(c.clientId)}:${encodeURIComponent(c.clientSecret)}`).toString('base64')}`;
        // A partner does not know the merchant's client_id: one its client library puts in
        // the body (openid-client does for CIBA) is the partner's own, and is left out.
        if (form) {
          form.delete('client_id');
          form.delete('client_secret');
          keepForm(req, form);
        }
        return true;
      } catch (err) {
        if (!(err instanceof VppError)) throw err;
        const status = STATUS_OF[err.kind];
        oauthError(reply, status === 404 ? 403 : status, status === 401 ? 'invalid_token' : 'invalid_client', err.detail);
        return false;
      }
    };

    /** Without partner keys, the unit whose Login client authenticated: its partner's checklist counts the call. */
    const noteClientUnit = async (req: FastifyRequest, form: URLSearchParams | undefined) => {
      const creds = !req.actor && form ? clientCredentials(req.headers.authorization, form) : undefined;
      if (creds) req.logMsn = await loginUnitOfRequest({ db: rt.store.db, box: rt.box, creds });
    };

    /** The form, read here, handed on to oidc-provider (which reads a request's body only once). */
    const keepForm = (req: FastifyRequest, form: URLSearchParams) => {
      (req.raw as RawWithBody).body = form.toString();
    };
    const pace = cibaPaceFor(rt);
    /** A CIBA poll of a request still waiting for the person, answered here; false: not one. */
    const answerPendingPoll = async (req: FastifyRequest, reply: FastifyReply, form: URLSearchParams): Promise<boolean> => {
      const authReqId = form.get('auth_req_id');
      if (form.get('grant_type') !== CIBA_GRANT || !authReqId) return false;
      const creds = clientCredentials(req.headers.authorization, form);
      if (!creds) return false;
      const now = rt.clock.now();
      if (!(await isPendingBackchannelPoll({ db: rt.store.db, box: rt.box, ...creds, authReqId, now }))) return false;
      const answer = pace.pendingAnswer(authReqId, now);
      reply.code(400).header('cache-control', 'no-store').send({ ...answer, error_code: 400 });
      return true;
    };

    /** Redirect to browser (requested_flow=login_to_webpage): checked here, remembered once the provider accepts the request. */
    const takeRedirectFlow = async (req: FastifyRequest, reply: FastifyReply, form: URLSearchParams): Promise<boolean> => {
      const flow = form.get('requested_flow');
      if (flow === null) return true;
      const redirectUri = form.get('redirect_uri');
      if (flow !== 'login_to_webpage') {
        oauthError(reply, 400, 'invalid_request', 'requested_flow must be login_to_webpage (redirect to browser), or left out for login from phone number');
        return false;
      }
      if (!redirectUri) {
        oauthError(reply, 400, 'invalid_request', 'redirect_uri is required with requested_flow=login_to_webpage');
        return false;
      }
      const creds = clientCredentials(req.headers.authorization, form);
      if (!creds) return true; // the provider answers the missing or malformed client authentication
      const problem = await cibaRedirectTarget({ db: rt.store.db, clientId: creds.clientId, redirectUri });
      if (problem) {
        oauthError(reply, 400, 'invalid_request', problem);
        return false;
      }
      form.delete('requested_flow');
      form.delete('redirect_uri');
      keepForm(req, form);
      (req.raw as typeof req.raw & { cibaRedirect?: CibaRedirectAsked }).cibaRedirect = { clientId: creds.clientId, redirectUri };
      return true;
    };
    /** The redirect-to-browser grant: the code names the CIBA request, whose tokens the provider issues. */
    const takeRedirectCode = async (req: FastifyRequest, reply: FastifyReply, form: URLSearchParams): Promise<boolean> => {
      if (form.get('grant_type') !== CIBA_REDIRECT_GRANT) return true;
      const code = form.get('code');
      const creds = clientCredentials(req.headers.authorization, form);
      const redeemed = code ? await redeemCibaRedirectCode({ db: rt.store.db, box: rt.box, creds, code, now: rt.clock.now() }) : { refused: 'invalid_grant' as const };
      if ('refused' in redeemed) {
        if (redeemed.refused === 'invalid_client') oauthError(reply, 401, 'invalid_client', 'client authentication failed: send the Login client\'s client_id and client_secret the way the client is registered (or a partner access token with Merchant-Serial-Number)');
        else oauthError(reply, 400, 'invalid_grant', 'the code is unknown, belongs to another client, was used already or has expired; start a new login');
        return false;
      }
      form.set('grant_type', CIBA_GRANT);
      form.set('auth_req_id', redeemed.authReqId);
      form.delete('code');
      keepForm(req, form);
      return true;
    };

    scope.get(
      LOGIN_PATHS.discovery,
      { config: LOGIN, schema: { tags: TAGS, operationId: 'discoverOpenIDConfiguration', summary: 'OpenID configuration endpoint', headers: LoginHeaders, response: { 200: WellKnown } } },
      (req, reply) => pass(req, reply, '/.well-known/openid-configuration'),
    );
    scope.get(
      LOGIN_PATHS.jwks,
      { config: LOGIN, schema: { tags: TAGS, operationId: 'wellKnown', summary: 'JSON Web Keys that sign ID tokens', headers: LoginHeaders, response: { 200: JsonWebKeySet } } },
      (req, reply) => pass(req, reply),
    );
    const authorize = async (query: Static<typeof AuthorizeQuery>, req: FastifyRequest, reply: FastifyReply) => {
      if (query.msn !== undefined && query.client_id === undefined) {
        // Partner keys: the merchant's client_id replaces the MSN, and the browser goes on.
        const fail = (why: string) => {
          const ctx = { type: '', body: '' as unknown };
          return renderLoginError(ctx, { error: 'invalid_request', error_description: why }).then(() => reply.code(400).type('text/html; charset=utf-8').send(ctx.body));
        };
        if (rt.config.mode !== 'production') return fail('partner keys (the msn parameter) only work in the production environment; send the sales unit\'s client_id');
        const clientId = await loginClientIdForMsn({ db: rt.store.db, msn: query.msn });
        if (!clientId) return fail(`sales unit ${query.msn} has no Login client; check the msn parameter`);
        req.logMsn = query.msn;
        const params = new URLSearchParams(req.raw.url!.slice(req.raw.url!.indexOf('?') + 1));
        params.delete('msn');
        params.set('client_id', clientId);
        return reply.redirect(`${LOGIN_PATHS.authorization}?${params.toString()}`, 302);
      }
      // The browser's request: the client_id names the unit whose partner's checklist counts it.
      req.logMsn = await loginUnitOfRequest({ db: rt.store.db, box: rt.box, clientId: query.client_id ?? readForm(req)?.get('client_id') ?? undefined });
      pass(req, reply);
    };
    const authSchema = {
      tags: TAGS,
      summary: 'The OAuth 2.0 authorize endpoint: sends the browser to the payer\'s app to log in and consent',
      querystring: AuthorizeQuery,
      headers: LoginHeaders,
    };
    const typed = scope.withTypeProvider<TypeBoxTypeProvider>();
    typed.get(LOGIN_PATHS.authorization, { config: LOGIN, schema: { ...authSchema, operationId: 'oauthAuth' } }, (req, reply) => authorize(req.query, req, reply));
    typed.post(LOGIN_PATHS.authorization, { config: LOGIN, schema: { ...authSchema, summary: 'Start a login, with the parameters posted as a form' } }, (req, reply) => authorize(req.query, req, reply));
    // Where the payer's app sends the browser back once the person has answered.
    scope.get(
      `${LOGIN_PATHS.authorization}/:uid`,
      { config: LOGIN, schema: { tags: TAGS, summary: 'Where the app simulation sends the browser back once the person has answered', params: Type.Object({ uid: Type.String() }) } },
      (req, reply) => pass(req, reply),
    );

    scope.post(
      LOGIN_PATHS.token,
      {
        config: LOGIN,
        attachValidation: true, // the body is read by oidc-provider, which checks it
        schema: {
          tags: TAGS,
          operationId: 'oauth2Token',
          summary: 'The OAuth 2.0 token endpoint: authorization codes and CIBA polls',
          headers: LoginHeaders,
          consumes: ['application/x-www-form-urlencoded'],
          body: TokenRequest,
          response: { 200: TokenResponse, 400: LoginError, 401: LoginError, 403: LoginError },
        },
      },
      async (req, reply) => {
        const form = readForm(req);
        if (!(await actAsPartner(req, reply, form))) return;
        await noteClientUnit(req, form);
        if (form && !(await takeRedirectCode(req, reply, form))) return;
        if (form && (await answerPendingPoll(req, reply, form))) return;
        pass(req, reply);
      },
    );
    scope.post(
      LOGIN_PATHS.backchannel,
      {
        config: LOGIN,
        attachValidation: true,
        schema: {
          tags: TAGS,
          operationId: 'backchannelAuthentication',
          summary: 'Login from phone number (CIBA): ask a user to log in in the app',
          headers: LoginHeaders,
          consumes: ['application/x-www-form-urlencoded'],
          body: BackchannelRequest,
          response: { 200: BackchannelResponse, 400: LoginError, 401: LoginError, 403: LoginError },
        },
      },
      async (req, reply) => {
        const form = readForm(req);
        if (!(await actAsPartner(req, reply, form))) return;
        await noteClientUnit(req, form);
        if (form && !(await takeRedirectFlow(req, reply, form))) return;
        pass(req, reply);
      },
    );

    const userinfo = {
      config: { api: 'userinfo', errorFormat: 'problem' },
      schema: {
        tags: ['Userinfo API'],
        summary: 'The user\'s consented data, with the access token of a Login',
        headers: Type.Object({ authorization: Type.Optional(Type.String({ description: 'Bearer <access token from the Login token endpoint>' })) }),
        response: { 200: Userinfo, 401: Problem, 403: Problem },
      },
    };
    scope.get(LOGIN_PATHS.userinfo, { ...userinfo, schema: { ...userinfo.schema, summary: 'The same as /userinfo/ (without the trailing slash)' } }, (req, reply) => pass(req, reply));
    scope.get(`${LOGIN_PATHS.userinfo}/`, { ...userinfo, schema: { ...userinfo.schema, operationId: 'userinfoAuthorizationCode' } }, (req, reply) => pass(req, reply, LOGIN_PATHS.userinfo));
  });
}
