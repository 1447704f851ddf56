// Sending server-rendered pages.
import type { FastifyReply } from 'fastify';
import Type, { type TObject, type TOptional, type TString } from 'typebox';
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
export function pageSchema<E extends Record<string, unknown> = Record<never, never>>(summary: string, extra?: E) {
  return { tags: ['Pages'], summary, produces: ['text/html'], ...extra } as { tags: string[]; summary: string; produces: string[] } & E;
}

/**
 * A page's path parameters, each any text: a page answers an unknown id with its own
 * page, so the schema only names them (and types them for the handler).
 */
export function pageParams<K extends string>(...names: K[]): TObject<{ [N in K]: TString }> {
  return Type.Object(Object.fromEntries(names.map((n) => [n, Type.String()])) as { [N in K]: TString });
}

/** A page's query parameters, each optional text; others may be sent too. */
export function pageQuery<K extends string>(...names: K[]): TObject<{ [N in K]: TOptional<TString> }> {
  return Type.Object(Object.fromEntries(names.map((n) => [n, Type.Optional(Type.String())])) as { [N in K]: TOptional<TString> });
}
