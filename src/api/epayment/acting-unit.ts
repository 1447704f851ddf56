// What every payment route hands its operation about the caller: who calls, and where to
// note the MSN it acts on (the request log and API quality). Operations authorize.
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/access/actor.js';
import { requireActor } from '../caller.js';

export function caller(req: FastifyRequest): { actor: Actor; onMsn: (msn: string) => void } {
  return { actor: requireActor(req), onMsn: (msn) => (req.logMsn = msn) };
}
