// The browser's tab icon: vpp's orange "v" as SVG (browsers take SVG at /favicon.ico too),
// so no page's load ends in a 404 in the request log or the console.
import type { FastifyInstance } from 'fastify';
import { pageSchema } from './page.js';

const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#ff5b24"/>' +
  '<path d="M8 9l8 15 8-15" fill="none" stroke="#fff" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/></svg>';

export async function faviconRoutes(app: FastifyInstance) {
  for (const url of ['/favicon.ico', '/favicon.svg']) {
    app.get(url, { schema: pageSchema('The tab icon', { produces: ['image/svg+xml'] }) }, async (_req, reply) =>
      reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(ICON),
    );
  }
}
