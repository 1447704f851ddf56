// Userinfo answers its errors in the Userinfo API's documented shape (UserinfoError, the
// Problem JSON every other Userinfo answer uses), not oidc-provider's OAuth body; a
// request without an access token is 401, like one with a token that is not valid.
import { randomUUID } from 'node:crypto';
import type Provider from 'oidc-provider';
import { problemTypeUri } from '../../domain/problem-types.js';
import { VppError, type ErrorKind } from '../../domain/errors.js';
import { PROBLEM_CONTENT_TYPE } from '../problem.js';
import { LOGIN_PATHS } from './paths.js';

interface KoaContext {
  path: string;
  status: number;
  body: unknown;
  type: string;
  set(name: string, value: string): void;
}

const KIND: Record<number, ErrorKind> = { 400: 'validation', 401: 'unauthenticated', 403: 'forbidden' };
const TITLE: Record<number, string> = { 400: 'Bad request', 401: 'Unauthorized', 403: 'Forbidden' };

const DETAIL: Record<string, string> = {
  invalid_request: 'No access token was sent. Send the access token from the Login token endpoint as Authorization: Bearer <access token>.',
  invalid_token: 'The access token is not valid: it is unknown, expired or revoked. Log the user in again for a new one.',
};

export function installUserinfoErrors(provider: Provider): void {
  provider.use(async (ctx: KoaContext, next) => {
    await next();
    if (ctx.path !== LOGIN_PATHS.userinfo || ctx.status < 400) return;
    const body = ctx.body as { error?: unknown; error_description?: unknown } | undefined;
    if (typeof body?.error !== 'string') return;
    const noToken = body.error === 'invalid_request' && /no access token/i.test(String(body.error_description));
    const status = noToken ? 401 : ctx.status;
    const id = randomUUID();
    if (status === 401) ctx.set('WWW-Authenticate', `Bearer realm="vipps-userinfo-api", error="invalid_token"`);
    const detail = DETAIL[noToken ? 'invalid_request' : body.error] ?? String(body.error_description ?? body.error);
    ctx.status = status;
    ctx.body = {
      type: problemTypeUri('userinfo', KIND[status] ? new VppError(KIND[status], detail) : null),
      title: TITLE[status] ?? 'Internal server error',
      status,
      detail,
      instance: `urn:uuid:${id}`,
      traceId: id,
    };
    ctx.type = PROBLEM_CONTENT_TYPE;
  });
}
