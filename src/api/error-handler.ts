// Every error leaves through here: platform errors, schema validation failures, and
// Fastify's own (bad JSON, wrong content type, too large) become the route family's
// documented format, carrying the request id.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { VppError, invalid } from '../domain/errors.js';
import { errorFormat, type ErrorContext } from './error-format.js';
import { fieldProblems } from './validation.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Which wire format errors of this route use (default: problem). */
    errorFormat?: string;
    /** The public API this route belongs to; such requests go to the request log. */
    api?: string;
  }
}

export function toVppError(err: FastifyError & { validation?: unknown[]; validationContext?: string }): VppError | null {
  if (err instanceof VppError) return err;
  if (err.validation) {
    const fields = fieldProblems(err.validation as never, err.validationContext);
    const where = err.validationContext === 'body' ? 'request body' : err.validationContext === 'headers' ? 'request headers' : err.validationContext === 'querystring' ? 'query string' : 'path';
    const list = fields.map((f) => `${f.name} ${f.reason}`).join('; ');
    return invalid(`The ${where} has ${fields.length} problem${fields.length === 1 ? '' : 's'}: ${list}.`, fields);
  }
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return invalid(`The request body is not valid JSON: ${err.message}`);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return invalid(`Unsupported Content-Type: send the body as application/json.`);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new VppError('too_large', 'The request body is too large.');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return invalid('The Content-Length header does not match the body.');
  }
  if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
    return invalid(err.message);
  }
  return null;
}

/** `format`: the wire format when no route chose one (an unmatched path). */
export function sendError(request: FastifyRequest, reply: FastifyReply, err: VppError | null, publicUrl: string, format?: string): FastifyReply {
  const ctx: ErrorContext = { requestId: request.id, method: request.method, url: request.url, publicUrl, api: request.routeOptions.config?.api };
  const wire = errorFormat(request.routeOptions.config?.errorFormat ?? format)(err, ctx);
  if (wire.headers) reply.headers(wire.headers);
  // Sent as text: the formatter built the body, and a route's response schema must not turn
  // an error into a failure to serialize it (a 500).
  const body = typeof wire.body === 'string' || Buffer.isBuffer(wire.body) ? wire.body : JSON.stringify(wire.body);
  return reply.code(wire.status).type(wire.contentType).send(body);
}

export function installErrorHandling(app: FastifyInstance, publicUrl: string): void {
  app.setErrorHandler((error, request, reply) => {
    const err = toVppError(error as FastifyError);
    if (!err) request.log.error({ err: error }, 'request failed');
    return sendError(request, reply, err, publicUrl);
  });
}
