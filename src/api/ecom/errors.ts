// The eCom API's error format: an array of {errorGroup, errorCode, errorMessage, contextId}.
// A validation failure lists one entry per field, the field's name as its code.
import { ecomCodeOf } from '../../domain/ecom/errors.js';
import { registerErrorFormat, STATUS_OF, type ErrorFormatter } from '../error-format.js';

export const ecomErrorFormat: ErrorFormatter = (err, ctx) => {
  const contentType = 'application/json;charset=UTF-8';
  if (!err) {
    return { status: 500, contentType, body: [{ errorGroup: 'VippsError', errorCode: '99', errorMessage: 'Internal error. The request was not carried out; check the payment details before retrying.', contextId: ctx.requestId }] };
  }
  const status = STATUS_OF[err.kind];
  const { errorGroup, errorCode } = ecomCodeOf(err);
  if (!err.opts.code && err.kind === 'validation' && err.fields && err.fields.length > 1) {
    return { status, contentType, body: err.fields.map((f) => ({ errorGroup: 'InvalidRequest', errorCode: f.name, errorMessage: `${f.name} ${f.reason}`, contextId: ctx.requestId })) };
  }
  return { status, contentType, body: [{ errorGroup, errorCode, errorMessage: err.detail, contextId: ctx.requestId }] };
};

registerErrorFormat('ecom', ecomErrorFormat);
