// What the platform adds around oidc-provider's CIBA and error answers: the `interval`
// a client must wait between polls, `slow_down` to a client that polls sooner, and
// `expired_token` once a request's time has passed on vpp's clock; every OAuth error body
// also carries its status as `error_code`, as the Login API's ErrorResponse documents.
import type Provider from 'oidc-provider';
import type { Runtime } from '../../runtime.js';
import { backchannelRequestExpired } from '../../operations/login/backchannel-request-expired.js';
import { CIBA_INTERVAL_S, LOGIN_PATHS } from './paths.js';
import { cibaPaceFor } from './ciba-pace.js';
import { recordCibaRedirect } from '../../operations/login/record-ciba-redirect.js';

/** A CIBA request that ends in the browser, as the route found it (on the raw request). */
export interface CibaRedirectAsked {
  clientId: string;
  redirectUri: string;
}

interface KoaContext {
  req: { cibaRedirect?: CibaRedirectAsked };
  path: string;
  status: number;
  body: unknown;
  oidc?: { params?: Record<string, unknown> };
}

export function installCibaPolling(provider: Provider, o: { rt: Runtime; cibaGrant: string }): void {
  const pace = cibaPaceFor(o.rt);
  provider.use(async (ctx: KoaContext, next) => {
    await next();
    const body = ctx.body as Record<string, unknown> | undefined;
    if (ctx.path === LOGIN_PATHS.backchannel && ctx.status === 200 && body?.auth_req_id) {
      const asked = ctx.req.cibaRedirect;
      if (asked) await recordCibaRedirect({ db: o.rt.store.db, authReqId: String(body.auth_req_id), ...asked, now: o.rt.clock.now() });
      ctx.body = { ...body, interval: CIBA_INTERVAL_S };
      return;
    }
    if (ctx.path === LOGIN_PATHS.token && ctx.oidc?.params?.grant_type === o.cibaGrant && typeof ctx.oidc.params.auth_req_id === 'string') {
      const id = ctx.oidc.params.auth_req_id;
      const now = o.rt.clock.now();
      if (body?.error === 'authorization_pending') {
        ctx.body = pace.pendingAnswer(id, now);
      } else {
        pace.forget(id);
        if (body?.error === 'invalid_grant' && (await backchannelRequestExpired({ db: o.rt.store.db, authReqId: id, now }))) {
          ctx.body = { error: 'expired_token', error_description: 'the backchannel authentication request expired before the user answered; start a new one' };
        }
      }
    }
    const out = ctx.body as Record<string, unknown> | undefined;
    if (ctx.status >= 400 && out && typeof out === 'object' && typeof out.error === 'string' && !('error_code' in out)) {
      ctx.body = { ...out, error_code: ctx.status };
    }
  });
}
