// A small onResponse hook beside the request log's: the facts of each identified caller's
// API request that the integration checklists count (ChecklistTrafficWriter).
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime.js';
import { ChecklistTrafficWriter } from '../jobs/checklist-traffic-writer.js';
import { activeRuntime } from '../namespaces/scope.js';
import { firstStringField, stringField } from '../domain/string-field.js';

export function installChecklistTraffic(app: FastifyInstance, rt: Runtime): ChecklistTrafficWriter {
  // One writer per world (the main one, each namespace), flushed with that world's request log.
  const writers = new WeakMap<object, ChecklistTrafficWriter>();
  const writerOf = (): ChecklistTrafficWriter => {
    const world = activeRuntime(rt);
    let w = writers.get(world.requestLog);
    if (!w) {
      const made = new ChecklistTrafficWriter(world.store, world.log);
      world.requestLog.alsoFlush(() => made.flush());
      writers.set(world.requestLog, made);
      w = made;
    }
    return w;
  };
  const writer = writerOf();
  app.addHook('onResponse', (req, reply, done) => {
    const actor = req.actor;
    const api = actor ? req.routeOptions.config?.api : undefined;
    if (!actor || !api || (!actor.partnerId && actor.kind !== 'merchant')) return done();
    const ref = firstStringField(req.params, ['reference', 'orderId', 'agreementId']) ?? stringField(req.body, 'reference');
    const h = req.headers;
    writerOf().record({
      partnerId: actor.partnerId,
      api,
      method: req.method,
      route: req.routeOptions.url ?? 'unmatched',
      status: reply.statusCode,
      at: rt.clock.now(),
      msn: req.logMsn ?? actor.requestedMsn ?? actor.msn ?? null,
      reference: ref ?? null,
      systemHeaders: !!h['vipps-system-name'],
      idempotencyKey: !!h['idempotency-key'],
    });
    done();
  });
  return writer;
}
