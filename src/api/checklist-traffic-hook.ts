// A small onResponse hook beside the request log's: the facts of each identified caller's
// API request that the integration checklists count (ChecklistTrafficWriter).
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime.js';
import { ChecklistTrafficWriter } from '../jobs/checklist-traffic-writer.js';

export function installChecklistTraffic(app: FastifyInstance, rt: Runtime): ChecklistTrafficWriter {
  const writer = new ChecklistTrafficWriter(rt.store, rt.log);
  rt.requestLog.alsoFlush(() => writer.flush());
  app.addHook('onResponse', (req, reply, done) => {
    const actor = req.actor;
    const api = actor ? req.routeOptions.config?.api : undefined;
    if (!actor || !api || (!actor.partnerId && actor.kind !== 'merchant')) return done();
    const params = (req.params ?? {}) as Record<string, unknown>;
    const body = (req.body ?? {}) as Record<string, unknown>;
    const ref = params.reference ?? params.orderId ?? params.agreementId ?? (typeof body === 'object' ? body.reference : undefined);
    const h = req.headers;
    writer.record({
      partnerId: actor.partnerId,
      api,
      method: req.method,
      route: req.routeOptions.url ?? 'unmatched',
      status: reply.statusCode,
      at: rt.clock.now(),
      msn: req.logMsn ?? actor.requestedMsn ?? actor.msn ?? null,
      reference: typeof ref === 'string' ? ref : null,
      systemHeaders: !!h['vipps-system-name'],
      idempotencyKey: !!h['idempotency-key'],
    });
    done();
  });
  return writer;
}
