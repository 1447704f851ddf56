// The legacy Partner API's error shapes: `Error` (type, title, status, detail, instance)
// from the API itself, and the gateway's `MiddlewareError` ({code, message}) for requests
// it turns away before they reach the API (401).
import { registerErrorFormat, STATUS_OF, type ErrorFormatter } from '../error-format.js';
import { problemFormat } from '../problem.js';

const CONTENT_TYPE = 'application/json;charset=UTF-8';

export const partnerApiErrorFormat: ErrorFormatter = (err, ctx) => {
  const status = err ? STATUS_OF[err.kind] : 500;
  if (err?.kind === 'unauthenticated') return { status, contentType: CONTENT_TYPE, body: { code: status, message: err.detail } };
  const problem = problemFormat(err, ctx).body as { type: string; title: string; detail: string; instance: string };
  return { status, contentType: CONTENT_TYPE, body: { type: problem.type, title: problem.title, status, detail: problem.detail, instance: problem.instance } };
};

registerErrorFormat('partner-api', partnerApiErrorFormat);
