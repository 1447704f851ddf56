// The OpenID Connect provider behind the Login API: oidc-provider (the certified library
// for Node) configured with the documented paths, scopes and claims, the database adapter,
// sealed keys, the Vipps users as accounts and the payer's app as the place people log in.
// One per runtime; the API routes and the app's pages share it.
import Provider, { errors } from 'oidc-provider';
import type { Runtime } from '../../runtime.js';
import { oidcAdapter } from '../../operations/login/oidc-adapter.js';
import { loadLoginProviderKeys } from '../../operations/login/login-provider-keys.js';
import { findLoginAccount } from '../../operations/login/find-login-account.js';
import { loginMerchantOf } from '../../operations/login/login-merchant.js';
import { hasRememberedConsent } from '../../operations/login/remembered-consent.js';
import { CLAIMS_BY_SCOPE, LOGIN_SCOPES, claimsOf } from '../../domain/login/scopes.js';
import { parseLoginHint } from '../../domain/login/login-hint.js';
import { normalizePhone } from '../../domain/payments/payer.js';
import { CIBA_GRANT } from '../../domain/login/client-metadata.js';
import { LOGIN_BASE, LOGIN_PATHS } from './paths.js';
import { renderLoginError } from './error-page.js';
import { installCibaPolling } from './ciba-polling.js';
import { installUserinfoErrors } from './userinfo-errors.js';
import { activeRuntime } from '../../namespaces/scope.js';

const providers = new WeakMap<Runtime, Promise<Provider>>();
const handlers = new WeakMap<Provider, ReturnType<Provider['callback']>>();

/** The provider of the world the caller is in: the main world's, or a namespace's own (its issuer is under /ns/NAME/). */
export function loginProviderFor(rt: Runtime): Promise<Provider> {
  const world = activeRuntime(rt);
  let p = providers.get(world);
  if (!p) {
    p = buildProvider(world);
    providers.set(world, p);
    p.catch(() => providers.delete(world));
  }
  return p;
}

/** The provider's request handler, made once per provider. */
export async function loginHandlerFor(rt: Runtime): Promise<ReturnType<Provider['callback']>> {
  const provider = await loginProviderFor(rt);
  let handle = handlers.get(provider);
  if (!handle) handlers.set(provider, (handle = provider.callback()));
  return handle;
}

/** '/ns/NAME' for a namespace's public URL, '' for the main world's. */
export const namespacePathOf = (publicUrl: string): string => /\/ns\/[\w-]+$/.exec(new URL(publicUrl).pathname.replace(/\/$/, ''))?.[0] ?? '';

/** The issuer: the public URL and the Login API's base path, with the trailing slash the platform uses. */
export const issuerOf = (publicUrl: string) => `${publicUrl.replace(/\/$/, '')}${LOGIN_BASE}/`;

async function buildProvider(rt: Runtime): Promise<Provider> {
  const db = rt.store.db;
  const keys = await loadLoginProviderKeys({ db, box: rt.box, now: rt.clock.now() });
  const provider = new Provider(issuerOf(rt.config.publicUrl), {
    adapter: oidcAdapter({ db, box: rt.box, now: () => rt.clock.now() }),
    clients: [],
    jwks: { keys: keys.signingKeys },
    cookies: { keys: keys.cookieKeys, long: { signed: true }, short: { signed: true } },
    scopes: [...LOGIN_SCOPES],
    claims: CLAIMS_BY_SCOPE,
    subjectTypes: ['public'],
    responseTypes: ['code'],
    extraClientMetadata: { properties: ['msn'] },
    clientDefaults: { grant_types: ['authorization_code'], response_types: ['code'], token_endpoint_auth_method: 'client_secret_basic', id_token_signed_response_alg: 'RS256' },
    pkce: { methods: ['S256'], required: () => false },
    routes: {
      authorization: LOGIN_PATHS.authorization,
      token: LOGIN_PATHS.token,
      jwks: LOGIN_PATHS.jwks,
      userinfo: LOGIN_PATHS.userinfo,
      backchannel_authentication: LOGIN_PATHS.backchannel,
      end_session: `${LOGIN_BASE}/oauth2/sessions/logout`,
      revocation: `${LOGIN_BASE}/oauth2/revoke`,
      introspection: `${LOGIN_BASE}/oauth2/introspect`,
      code_verification: `${LOGIN_BASE}/oauth2/device`,
      device_authorization: `${LOGIN_BASE}/oauth2/device/auth`,
      pushed_authorization_request: `${LOGIN_BASE}/oauth2/par`,
      registration: `${LOGIN_BASE}/oauth2/register`,
      challenge: `${LOGIN_BASE}/oauth2/challenge`,
    },
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 300,
      BackchannelAuthenticationRequest: 600,
      IdToken: 3600,
      Interaction: 3600,
      Session: 14 * 24 * 3600,
      Grant: 14 * 24 * 3600,
    },
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: true },
      claimsParameter: { enabled: true },
      rpInitiatedLogout: { enabled: false },
      ciba: {
        enabled: true,
        deliveryModes: ['poll'],
        async processLoginHint(_ctx: unknown, hint: string) {
          const parsed = parseLoginHint(hint);
          if ('problem' in parsed) throw new errors.InvalidRequest!(parsed.problem);
          const n = normalizePhone(parsed.msisdn);
          const user = 'phone' in n ? await findLoginAccount({ db, phone: n.phone }) : undefined;
          if (!user) throw new errors.UnknownUserId!('invalid_user: no Vipps MobilePay user has this phone number');
          return user.sub;
        },
        async processLoginHintToken() {
          throw new errors.InvalidRequest!('login_hint_token is not supported; send login_hint=urn:msisdn:<MSISDN>');
        },
        async validateBindingMessage(_ctx: unknown, message?: string) {
          if (message !== undefined && !/^[A-Z0-9-]{5,8}$/.test(message)) {
            throw new errors.InvalidBindingMessage!('binding_message must be 5 to 8 characters of A-Z, 0-9 and -');
          }
        },
        async validateRequestContext() {},
        async verifyUserCode() {},
        // The person sees the request in the payer's app (/app/logins) and answers there.
        async triggerAuthenticationDevice() {},
      },
    },
    async findAccount(ctx: { oidc?: { client?: { clientId: string; msn?: string } } }, sub: string) {
      const user = await findLoginAccount({ db, sub });
      if (!user) return undefined;
      const client = ctx.oidc?.client;
      const msn = client?.msn ?? null;
      return {
        accountId: sub,
        claims: async (_use: string, scope: string) => {
          const asked = client && scope.split(' ').includes('delegatedConsents');
          const merchant = asked ? await loginMerchantOf({ db, clientId: client.clientId, accountId: sub, now: rt.clock.now() }) : undefined;
          return claimsOf(user, msn, merchant);
        },
      };
    },
    // A consent the person gave before (and has not withdrawn) is not asked again.
    async loadExistingGrant(ctx: {
      oidc: { client: { clientId: string }; session?: { accountId?: string; grantIdFor(id: string): string | undefined }; requestParamScopes: Set<string>; provider: Provider };
    }) {
      const { client, session } = ctx.oidc;
      const accountId = session?.accountId;
      if (!accountId) return undefined;
      const scopes = [...ctx.oidc.requestParamScopes];
      if (!(await hasRememberedConsent({ db, sub: accountId, clientId: client.clientId, scopes }))) return undefined;
      const Grant = ctx.oidc.provider.Grant;
      const existing = session!.grantIdFor(client.clientId);
      const grant = (existing && (await Grant.find(existing))) || new Grant({ accountId, clientId: client.clientId });
      grant.addOIDCScope(scopes.join(' '));
      await grant.save();
      return grant;
    },
    // The payer's app of the same world: a namespace's login stays in the namespace.
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `${namespacePathOf(rt.config.publicUrl)}/app/login/${interaction.uid}` },
    renderError: renderLoginError,
    conformIdTokenClaims: true,
  });
  installCibaPolling(provider, { rt, cibaGrant: CIBA_GRANT });
  installUserinfoErrors(provider);
  return provider;
}
