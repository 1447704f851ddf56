// Problem JSON (RFC 7807) as the Vipps MobilePay APIs use it: type, title, status, detail,
// instance, traceId and, for validation errors, extraDetails naming each field.
import type { ErrorKind } from '../domain/errors.js';
import { problemTypeUri } from '../domain/problem-types.js';
import { registerErrorFormat, STATUS_OF, type ErrorFormatter } from './error-format.js';

const TITLE: Record<ErrorKind, string> = {
  validation: 'Your request parameters did not validate',
  unauthenticated: 'Unauthorized',
  forbidden: 'Forbidden',
  not_found: 'Not found',
  conflict: 'Conflict',
  gone: 'Gone',
  too_large: 'Payload too large',
  rate_limited: 'Too many requests',
};

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export const problemFormat: ErrorFormatter = (err, ctx) => {
  const kind = err?.kind;
  const status = kind ? STATUS_OF[kind] : 500;
  const body: Record<string, unknown> = {
    type: problemTypeUri(ctx.api, err),
    title: err?.opts.title ?? (kind ? TITLE[kind] : 'Internal server error'),
    status,
    detail: err?.detail ?? `Something went wrong inside vpp while handling ${ctx.method} ${ctx.url}. The request id ${ctx.requestId} finds it in the log.`,
    instance: `urn:uuid:${ctx.requestId}`,
    traceId: ctx.requestId,
  };
  if (err?.fields?.length) body.extraDetails = err.fields;
  return { status, contentType: PROBLEM_CONTENT_TYPE, body };
};

registerErrorFormat('problem', problemFormat);
