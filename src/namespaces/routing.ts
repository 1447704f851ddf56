// Requests to /ns/NAME/… go to namespace NAME: the prefix is taken off before routing, and
// the request's hooks, handler and response hooks run in the namespace's world. Body
// parsing and the response's 'finish' event leave the async context Node gave the request,
// so the hooks after them re-enter it (the way @fastify/request-context does).
import type { AsyncResource } from 'node:async_hooks';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import type { Runtime } from '../runtime.js';
import { notFound } from '../domain/errors.js';
import { createScope, type Scope } from './scope.js';
import { Namespaces } from './namespaces.js';
import { cookieInNamespace, htmlInNamespace, locationInNamespace } from './keep-in-namespace.js';

const NS_PATH = /^\/ns\/([A-Za-z0-9_-]{1,40})(?=\/|\?|$)(.*)$/s;
const NAME = Symbol('vpp.namespace');

type Raw = IncomingMessage & { [NAME]?: string };

declare module 'fastify' {
  interface FastifyRequest {
    namespaceScope: AsyncResource | null;
  }
  interface FastifyInstance {
    /** The namespaces of this vpp (with the simulation API). */
    namespaces?: Namespaces;
  }
}

export interface NamespaceRouting {
  scope: Scope;
  namespaces: Namespaces;
  rewriteUrl(req: IncomingMessage): string;
  addHooks(app: FastifyInstance): void;
}

export function installNamespaceRouting(main: Runtime): NamespaceRouting {
  const scope = createScope(main);
  const namespaces = new Namespaces(main);
  const reenter: onRequestHookHandler = (req, _reply, done) => (req.namespaceScope ? req.namespaceScope.runInAsyncScope(done) : done());
  return {
    scope,
    namespaces,
    rewriteUrl(req) {
      const url = req.url ?? '/';
      const m = NS_PATH.exec(url);
      if (!m) return url;
      (req as Raw)[NAME] = m[1];
      const rest = m[2] ?? '';
      return rest.startsWith('/') ? rest : `/${rest}`;
    },
    addHooks(app) {
      app.decorateRequest('namespaceScope', null);
      app.decorate('namespaces', namespaces);
      app.addHook('onRequest', (req, _reply, done) => {
        const name = (req.raw as Raw)[NAME];
        if (name === undefined) return done();
        namespaces.open(name).then(
          (ns) => {
            if (!ns) return done(notFound(`There is no namespace "${name}". POST /_sim/namespaces makes one; GET /_sim/namespaces lists them.`));
            scope.enter(ns, (resource) => {
              req.namespaceScope = resource;
              done();
            });
          },
          (err: Error) => done(err),
        );
      });
      app.addHook('preValidation', reenter);
      app.addHook('onResponse', reenter);
      // Links, redirects and cookies of a namespace's pages stay in the namespace.
      app.addHook('onSend', (req, reply, payload, done) => {
        const name = (req.raw as Raw)[NAME];
        if (name === undefined) return done(null, payload);
        const prefix = `/ns/${name}`;
        const location = reply.getHeader('location');
        if (typeof location === 'string') reply.header('location', locationInNamespace(location, prefix));
        // Cookies set as headers by now (@fastify/cookie's own, set later, take the path from publicUrl).
        const cookies = reply.getHeader('set-cookie');
        if (cookies !== undefined) {
          reply.removeHeader('set-cookie'); // reply.header appends to Set-Cookie
          reply.header('set-cookie', ([] as unknown[]).concat(cookies).map((c) => cookieInNamespace(String(c), prefix)));
        }
        const html = typeof payload === 'string' && /^text\/html/i.test(String(reply.getHeader('content-type') ?? ''));
        done(null, html ? htmlInNamespace(payload, prefix) : payload);
      });
      app.addHook('onClose', async () => namespaces.closeAll());
    },
  };
}
