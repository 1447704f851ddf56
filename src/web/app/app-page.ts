// What every page of the payer's app simulation shares: the shape of a link token, and how a
// page is sent (never cached, never framed, nothing loaded from elsewhere).
import type { FastifyReply } from 'fastify';

export const TOKEN = /^[\w-]{16,64}$/;

export function page(reply: FastifyReply, body: string, status = 200) {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('x-frame-options', 'DENY')
    .header('content-security-policy', "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'")
    .send(body);
}
