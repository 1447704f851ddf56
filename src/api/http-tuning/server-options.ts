// The HTTP server's options: the log (a request as method, URL with credentials in the query
// blanked, host and peer: never headers or body, so no secret reaches the log), request
// ids, the limits, and the lazily compiled serializers.
import { randomUUID } from 'node:crypto';
import type pino from 'pino';
import type { Server } from 'node:http';
import { LogController, type FastifyHttpOptions } from 'fastify';
import type { Runtime } from '../../runtime.js';
import { redactUrl } from '../redact-url.js';
import { lazySchemaController } from './lazy-serializer.js';
import { clientErrorHandler, type ServerLimits } from './server-limits.js';

const REQUEST_ID = /^[\w.:-]{1,64}$/;

export function serverOptions(rt: Runtime, o: { limits: ServerLimits; logStream?: pino.DestinationStream }): FastifyHttpOptions<Server> {
  const { limits } = o;
  return {
    logger: {
      level: rt.config.logLevel,
      serializers: {
        req: (req: { method: string; url: string; host?: string; ip?: string; socket?: { remotePort?: number } }) => ({
          method: req.method,
          url: redactUrl(req.url),
          host: req.host,
          remoteAddress: req.ip,
          remotePort: req.socket?.remotePort,
        }),
      },
      ...(o.logStream ? { stream: o.logStream } : {}),
    },
    connectionTimeout: limits.idleTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    http: {
      maxHeaderSize: limits.maxHeaderBytes,
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // How often Node checks the two deadlines above (its default is every 30 s).
      connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs),
    },
    clientErrorHandler: clientErrorHandler(limits),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    bodyLimit: 2 * 1024 * 1024, // room for a base64 logo
    // One log line per request (written in onResponse) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    return503OnClosing: true,
    schemaController: lazySchemaController,
  };
}
