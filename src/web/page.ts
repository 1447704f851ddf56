// Sending server-rendered pages.
import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import { html } from './render.js';

export function sendPage(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html(page));
}

/** After a successful POST: go to a page with GET (so reload does not post again). */
export function seeOther(reply: FastifyReply, location: string): FastifyReply {
  return reply.code(303).header('location', location).send();
}

/** Only same-site relative paths may be a redirect target after log-in. */
export function safeNext(next: unknown, fallback: string): string {
  return typeof next === 'string' && /^\/(?!\/)[\w\-./?=&%]*$/.test(next) ? next : fallback;
}

/** Route options of a web page: errors render as pages; not part of the API docs. */
export const pageConfig = { errorFormat: 'html' } as const;

/** The OpenAPI description of a web page: listed under "Pages", briefly. */
export function pageSchema(summary: string, extra: Record<string, unknown> = {}) {
  return { tags: ['Pages'], summary, produces: ['text/html'], ...extra };
}
