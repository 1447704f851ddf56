// Protects the payer's forms against cross-site request forgery: a random session cookie
// (HttpOnly, SameSite=Lax) and, in every form, a token derived from it with a server key.
// A POST whose token does not match its cookie is refused.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SecretBox } from '../../security/secret-box.js';

const COOKIE = 'vpp_app_session';

function readCookie(req: FastifyRequest, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

export class FormGuard {
  constructor(private readonly box: SecretBox) {}

  /** The session's form token; starts a session (sets the cookie) when there is none. */
  tokenFor(req: FastifyRequest, reply: FastifyReply): string {
    let session = readCookie(req, COOKIE);
    if (!session || !/^[\w-]{22}$/.test(session)) {
      session = randomBytes(16).toString('base64url');
      reply.header('set-cookie', `${COOKIE}=${session}; Path=/app; HttpOnly; SameSite=Lax`);
    }
    return this.box.hash(`app form|${session}`);
  }

  /** True when the POSTed token belongs to the session cookie sent with it. */
  check(req: FastifyRequest, token: unknown): boolean {
    const session = readCookie(req, COOKIE);
    if (!session || typeof token !== 'string') return false;
    const want = Buffer.from(this.box.hash(`app form|${session}`));
    const got = Buffer.from(token);
    return want.length === got.length && timingSafeEqual(want, got);
  }
}
