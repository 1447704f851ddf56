// The sales unit a payment request acts for, once the caller may act for it.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Runtime } from '../../runtime.js';
import { identifyCaller } from '../caller.js';
import { actingUnit as resolveActingUnit } from '../../operations/access/acting-unit.js';
import type { UnitFacts } from '../../store/unit-facts-repo.js';

export function actingUnit(rt: Runtime, req: FastifyRequest): Promise<UnitFacts> {
  return resolveActingUnit({ db: rt.store.db, actor: req.actor!, onMsn: (msn) => (req.logMsn = msn) });
}

/**
 * Identifies the caller before the request is validated, as the API gateway does: a
 * request without valid credentials gets 401 whatever its body.
 */
export function identifyCallerFirst(app: FastifyInstance, rt: Runtime): void {
  app.addHook('preValidation', async (req) => {
    await identifyCaller(rt, req);
  });
}
