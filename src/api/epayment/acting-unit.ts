// The sales unit a payment request acts for, once the caller may act for it.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authorizeUnit, msnForPayment } from '../../domain/access/authorize-unit.js';
import type { Runtime } from '../../runtime.js';
import { identifyCaller } from '../caller.js';
import { findUnitFacts, type UnitFacts } from '../../store/unit-facts-repo.js';

export async function actingUnit(rt: Runtime, req: FastifyRequest): Promise<UnitFacts> {
  const actor = req.actor!;
  const msn = msnForPayment(actor);
  req.logMsn = msn;
  const unit = await findUnitFacts(rt.store.db, msn);
  authorizeUnit({ actor, msn, unit, capability: 'pay' });
  return unit!;
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
