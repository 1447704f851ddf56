// Browser sessions for the portal and the back office: a random id in an HttpOnly,
// SameSite=Lax cookie, stored server-side (hashed) so every node knows it and it can end.
// Each session carries a CSRF token that every form posts back.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Runtime } from '../runtime.js';
import { closeWebSession, findLiveSession, openWebSession } from '../operations/sessions/web-sessions.js';
import { forbidden } from '../domain/errors.js';

export type SessionKind = 'portal' | 'backoffice';

export interface WebSession {
  idHash: string;
  kind: SessionKind;
  /** The person's national identity number (portal) or the operator's id (back office). */
  subject: string;
  csrf: string;
  expiresAt: number;
}

/** Idle time after which a session ends. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
const COOKIE: Record<SessionKind, string> = { portal: 'vpp_portal', backoffice: 'vpp_backoffice' };
const LOGIN_CSRF_COOKIE = 'vpp_login_csrf';

const hash = (id: string) => createHash('sha256').update(id).digest('base64url');

/** The site's path: '/', or a namespace's '/ns/NAME/' (its sessions are its own). */
function sitePath(rt: Runtime): string {
  return `${new URL(rt.config.publicUrl).pathname.replace(/\/$/, '')}/`;
}

function cookieOptions(rt: Runtime, maxAgeSeconds: number) {
  return { path: sitePath(rt), httpOnly: true, sameSite: 'lax' as const, secure: rt.config.publicUrl.startsWith('https:'), maxAge: maxAgeSeconds };
}

export async function startSession(rt: Runtime, reply: FastifyReply, kind: SessionKind, subject: string): Promise<WebSession> {
  const id = randomBytes(32).toString('base64url');
  const now = rt.clock.now();
  const session: WebSession = { idHash: hash(id), kind, subject, csrf: randomBytes(24).toString('base64url'), expiresAt: now + SESSION_IDLE_MS };
  await openWebSession({ db: rt.store.db, session, now });
  reply.setCookie(COOKIE[kind], id, cookieOptions(rt, SESSION_IDLE_MS / 1000));
  return session;
}

/** The caller's live session of this kind, extended while in use; null when none. */
export async function loadSession(rt: Runtime, req: FastifyRequest, kind: SessionKind): Promise<WebSession | null> {
  const id = req.cookies[COOKIE[kind]];
  if (!id) return null;
  const now = rt.clock.now();
  const found = await findLiveSession({
    db: rt.store.db,
    idHash: hash(id),
    kind,
    now,
    // Slide the expiry, but write at most once a minute.
    extend: (expiresAt) => (expiresAt - now < SESSION_IDLE_MS - 60_000 ? now + SESSION_IDLE_MS : undefined),
  });
  return found ? { ...found, kind } : null;
}

export async function endSession(rt: Runtime, req: FastifyRequest, reply: FastifyReply, kind: SessionKind): Promise<void> {
  const id = req.cookies[COOKIE[kind]];
  if (id) await closeWebSession({ db: rt.store.db, idHash: hash(id) });
  reply.clearCookie(COOKIE[kind], { path: sitePath(rt) });
}

/** The `_csrf` field of a posted form, whatever else the body holds. */
const csrfField = (body: unknown): unknown => (typeof body === 'object' && body !== null && '_csrf' in body ? body._csrf : undefined);

function sameToken(a: unknown, b: string): boolean {
  if (typeof a !== 'string' || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

const csrfRefused = () =>
  forbidden('This form has expired or did not come from this site (the anti-forgery token did not match). Go back, reload the page and submit again.');

/** Every state-changing form carries the session's token in `_csrf`. */
export function checkCsrf(req: FastifyRequest, session: WebSession): void {
  if (!sameToken(csrfField(req.body), session.csrf)) throw csrfRefused();
}

/** Before a session exists (log-in forms): a token in a cookie that the form repeats. */
export function loginCsrfToken(rt: Runtime, req: FastifyRequest, reply: FastifyReply): string {
  const existing = req.cookies[LOGIN_CSRF_COOKIE];
  if (existing && /^[\w-]{32}$/.test(existing)) return existing;
  const token = randomBytes(24).toString('base64url');
  reply.setCookie(LOGIN_CSRF_COOKIE, token, cookieOptions(rt, 3600));
  return token;
}

export function checkLoginCsrf(req: FastifyRequest): void {
  const cookie = req.cookies[LOGIN_CSRF_COOKIE];
  if (!cookie || !sameToken(csrfField(req.body), cookie)) throw csrfRefused();
}
