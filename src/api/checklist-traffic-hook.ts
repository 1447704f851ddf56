// A small onResponse hook beside the request log's: the facts of each API request whose
// caller or sales unit is known that the integration checklists count (ChecklistTrafficWriter).
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime.js';
import { ChecklistTrafficWriter } from '../jobs/checklist-traffic-writer.js';
import { activeRuntime } from '../namespaces/scope.js';
import { firstStringField, objectField, stringField } from '../domain/string-field.js';

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
    const api = req.routeOptions.config?.api;
    // A request without API keys counts when its route named the unit otherwise (Login: the
    // client's credentials, or the authorize URL's client_id); it counts for the unit's partner.
    if (!api || (actor ? !actor.partnerId && actor.kind !== 'merchant' : !req.logMsn)) return done();
    // A create names its reference in the body: ePayment's reference, eCom's transaction.orderId.
    const created = stringField(req.body, 'reference') ?? stringField(objectField(req.body, 'transaction'), 'orderId');
    const ref = firstStringField(req.params, ['reference', 'orderId', 'agreementId']) ?? created ?? req.logReference;
    const h = req.headers;
    writerOf().record({
      partnerId: actor?.partnerId ?? null,
      api,
      method: req.method,
      route: req.routeOptions.url ?? 'unmatched',
      status: reply.statusCode,
      at: rt.clock.now(),
      msn: req.logMsn ?? actor?.requestedMsn ?? actor?.msn ?? null,
      reference: typeof ref === 'string' ? ref : null,
      systemHeaders: !!h['vipps-system-name'],
      idempotencyKey: !!h['idempotency-key'],
    });
    done();
  });
  return writer;
}
