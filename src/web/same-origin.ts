// The inspector's buttons (replay, resend) change things without a session of their own on
// loopback: a form posted from another site is refused by what the browser says of its origin.
import type { FastifyRequest } from 'fastify';
import { forbidden } from '../domain/errors.js';

export function requireSameOrigin(req: FastifyRequest): void {
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') throw forbidden('This form may only be sent from vpp\'s own pages.');
  const origin = req.headers.origin;
  if (typeof origin === 'string' && origin !== 'null') {
    let host: string | undefined;
    try {
      host = new URL(origin).host;
    } catch {
      host = undefined;
    }
    if (host !== req.headers.host) throw forbidden('This form may only be sent from vpp\'s own pages.');
  } else if (origin === 'null') throw forbidden('This form may only be sent from vpp\'s own pages.');
}
