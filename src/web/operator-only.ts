// The inspector and the mailbox show every partner's requests, webhook answers and emails.
// When vpp serves beyond loopback (or the operator asks for it: --operator-pages login)
// they need a back-office operator's log-in.
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Runtime } from '../runtime.js';
import { loadSession } from './sessions.js';

function parse(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i <= 0) continue;
    try {
      out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
    } catch {
      // a malformed value is no session
    }
  }
  return out;
}

export const OPERATOR_ONLY_PREFIXES = ['/inspector', '/mailbox'];

export function requireOperatorSession(rt: Runtime): preHandlerAsyncHookHandler {
  return async function (req: FastifyRequest, reply: FastifyReply) {
    // These pages are registered outside the back office's cookie plugin: read the header here.
    req.cookies ??= parse(req.headers.cookie ?? '');
    if (await loadSession(rt, req, 'backoffice')) return;
    return reply.code(303).header('location', `/backoffice/login?next=${encodeURIComponent(req.url)}`).send();
  };
}

/** Puts the operator log-in in front of every operator-only route declared after this. */
export function installOperatorOnly(app: FastifyInstance, rt: Runtime): void {
  if (!rt.config.operatorPagesLogin) return;
  const operatorOnly = requireOperatorSession(rt);
  app.addHook('onRoute', (route) => {
    if (!OPERATOR_ONLY_PREFIXES.some((p) => route.url === p || route.url.startsWith(`${p}/`))) return;
    const own = route.preHandler;
    route.preHandler = own ? [operatorOnly, ...(Array.isArray(own) ? own : [own])] : [operatorOnly];
  });
}
