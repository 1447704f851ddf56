// The Access Token API's own error shapes: the gateway's `{statusCode, message}` for
// subscription-key problems, and the identity service's `{error, error_description}`
// for client credentials.
import { TokenRequestRefused } from '../../domain/access/check-token-request.js';
import { registerErrorFormat, STATUS_OF, type ErrorFormatter } from '../error-format.js';
import { problemFormat } from '../problem.js';

const OAUTH_ERROR: Record<string, string> = {
  missing_client_credentials: 'invalid_request',
  unknown_client: 'unauthorized_client',
  wrong_secret: 'invalid_client',
  subscription_key_of_other_client: 'invalid_client',
  partner_keys_in_test_mode: 'unauthorized_client',
  partner_keys_below_level: 'unauthorized_client',
};

export const accessTokenErrorFormat: ErrorFormatter = (err, ctx) => {
  if (!err) return problemFormat(err, ctx);
  const status = STATUS_OF[err.kind];
  // Bad input that never reached the credential checks (malformed JSON, a wrong content
  // type, a header too long): the identity service's invalid_request.
  if (!(err instanceof TokenRequestRefused)) {
    return { status, contentType: 'application/json; charset=utf-8', body: { error: 'invalid_request', error_description: err.detail, trace_id: ctx.requestId } };
  }
  if (err.refusal === 'missing_subscription_key' || err.refusal === 'invalid_subscription_key') {
    return { status, contentType: 'application/json; charset=utf-8', body: { statusCode: status, message: err.detail } };
  }
  return {
    status,
    contentType: 'application/json; charset=utf-8',
    body: { error: OAUTH_ERROR[err.refusal] ?? 'invalid_request', error_description: err.detail, trace_id: ctx.requestId },
  };
};

registerErrorFormat('access-token', accessTokenErrorFormat);
