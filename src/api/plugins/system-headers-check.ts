// The Vipps-System-* headers may be at most 30 characters on every API route. The check is
// a hook of each API route's own, added as the route is declared: asking every request for
// its route options (built anew on each access) costs more than the check.
import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import { invalid } from '../../domain/errors.js';
import { SYSTEM_HEADER_NAMES } from '../system-headers.js';

const checkSystemHeaders: onRequestHookHandler = (req, _reply, done) => {
  for (const name of SYSTEM_HEADER_NAMES) {
    const v = req.headers[name];
    if (typeof v === 'string' && v.length > 30) {
      const pretty = name.replace(/(^|-)(\w)/g, (_m, d: string, c: string) => d + c.toUpperCase());
      return done(invalid(`The ${pretty} header is ${v.length} characters; it may be at most 30.`, [{ name: pretty, reason: 'must be at most 30 characters' }]));
    }
  }
  done();
};

export function installSystemHeadersCheck(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (!route.config?.api) return;
    const own = route.onRequest;
    route.onRequest = own ? [checkSystemHeaders, ...(Array.isArray(own) ? own : [own])] : [checkSystemHeaders];
  });
}
