// The Login API's error shape (its ErrorResponse): the OAuth 2.0 `error` code, a
// description of what to fix, and the status as `error_code`. oidc-provider's own errors
// get `error_code` in ciba-polling.ts; this covers what vpp refuses before them.
import { registerErrorFormat, STATUS_OF, type ErrorFormatter } from '../error-format.js';

const OAUTH_ERROR: Record<number, string> = { 400: 'invalid_request', 401: 'invalid_client', 403: 'access_denied', 404: 'invalid_request' };

export const loginErrorFormat: ErrorFormatter = (err) => {
  const status = err ? STATUS_OF[err.kind] : 500;
  return {
    status,
    contentType: 'application/json; charset=utf-8',
    body: { error: OAUTH_ERROR[status] ?? 'server_error', error_description: err?.detail ?? 'the server could not answer; try again', error_code: status },
  };
};

registerErrorFormat('oauth', loginErrorFormat);
