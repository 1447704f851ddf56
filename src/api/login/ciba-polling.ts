// What the platform adds around oidc-provider's CIBA and error answers: the `interval`
// a client must wait between polls, `slow_down` to a client that polls sooner, and
// `expired_token` once a request's time has passed on vpp's clock; every OAuth error body
// also carries its status as `error_code`, as the Login API's ErrorResponse documents.
import type Provider from 'oidc-provider';
import type { Runtime } from '../../runtime.js';
import { backchannelRequestExpired } from '../../operations/login/backchannel-request-expired.js';
import { CIBA_INTERVAL_S, LOGIN_PATHS } from './paths.js';

const MAX_TRACKED = 50_000;

interface KoaContext {
  path: string;
  status: number;
  body: unknown;
  oidc?: { params?: Record<string, unknown> };
}

export function installCibaPolling(provider: Provider, o: { rt: Runtime; cibaGrant: string }): void {
  // When each pending request was last polled, on this node (a client that spreads its polls
  // over several nodes is told to slow down by each of them separately).
  const lastPoll = new Map<string, number>();
  provider.use(async (ctx: KoaContext, next) => {
    await next();
    const body = ctx.body as Record<string, unknown> | undefined;
    if (ctx.path === LOGIN_PATHS.backchannel && ctx.status === 200 && body?.auth_req_id) {
      ctx.body = { ...body, interval: CIBA_INTERVAL_S };
      return;
    }
    if (ctx.path === LOGIN_PATHS.token && ctx.oidc?.params?.grant_type === o.cibaGrant && typeof ctx.oidc.params.auth_req_id === 'string') {
      const id = ctx.oidc.params.auth_req_id;
      const now = o.rt.clock.now();
      if (body?.error === 'authorization_pending') {
        const last = lastPoll.get(id);
        lastPoll.delete(id);
        lastPoll.set(id, now);
        if (lastPoll.size > MAX_TRACKED) lastPoll.delete(lastPoll.keys().next().value!);
        if (last !== undefined && now - last < CIBA_INTERVAL_S * 1000) {
          ctx.body = { error: 'slow_down', error_description: `poll at most every ${CIBA_INTERVAL_S} seconds (the interval of the authentication response)` };
        }
      } else {
        lastPoll.delete(id);
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
