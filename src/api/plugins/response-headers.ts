// Headers and refusals every answer shares: the request id, Connection: close while
// stopping (so keep-alive sockets do not hold the shutdown open), 414 for an overlong
// target, and no framing of vpp's pages by another site (clickjacking a login or a key page).
// Hooks on every request are callback-style: no promise per request.
import type { FastifyInstance } from 'fastify';
import { problemText, type ServerLimits } from '../http-tuning/server-limits.js';

export function installResponseHeaders(app: FastifyInstance, limits: ServerLimits): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', (req, reply, done) => {
    reply.header('x-request-id', req.id);
    if (closing) reply.header('connection', 'close');
    if (req.url.length > limits.maxUrlLength) {
      reply.code(414).type('application/problem+json').send(problemText(414, 'URI Too Long', `The request target is ${req.url.length} characters; vpp accepts at most ${limits.maxUrlLength}.`));
      return;
    }
    done();
  });
  app.addHook('onSend', (_req, reply, payload, done) => {
    const type = reply.getHeader('content-type');
    if (typeof type === 'string' && type.startsWith('text/html')) {
      if (!reply.hasHeader('x-frame-options')) reply.header('x-frame-options', 'DENY');
      if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', "frame-ancestors 'none'");
    }
    done(null, payload);
  });
}
