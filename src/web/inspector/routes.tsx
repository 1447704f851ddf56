// The inspector: recent API requests, payments with their event logs, and webhook
// deliveries with their attempts. It shows no secrets: no tokens, keys or webhook secrets.
import { pageSchema } from '../page.js';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Runtime } from '../../runtime.js';
import { inspectPayment } from '../../operations/inspector/inspect-payment.js';
import { listRecentDeliveries } from '../../operations/inspector/list-recent-deliveries.js';
import { listRecentPayments } from '../../operations/inspector/list-recent-payments.js';
import { listRecentRequests } from '../../operations/inspector/list-recent-requests.js';
import { html } from '../render.js';
import { InspectorLayout } from './common.js';
import { DeliveriesView } from './deliveries-view.js';
import { readFilters } from './filters.js';
import { PaymentPage, PaymentsPage } from './payments-pages.js';
import { RequestsPage } from './requests-page.js';

const send = (reply: FastifyReply, body: string, status = 200) =>
  reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').header('x-frame-options', 'DENY').send(body);

export async function inspectorRoutes(app: FastifyInstance, { rt }: { rt: Runtime }) {
  const db = rt.store.db;

  app.get('/inspector', { schema: pageSchema('Inspector: recent API requests') }, async (req, reply) => {
    const filters = readFilters(req.query as Record<string, string>);
    await rt.requestLog.flush(); // show this node's latest requests too
    const rows = filters.problems.length ? [] : await listRecentRequests({ db, filter: { msn: filters.msn, status: filters.status, limit: 200 } });
    return send(reply, html(<RequestsPage rows={rows} filters={filters} />), filters.problems.length ? 400 : 200);
  });

  app.get('/inspector/payments', { schema: pageSchema('Inspector: payments') }, async (req, reply) => {
    const filters = readFilters(req.query as Record<string, string>);
    const payments = filters.problems.length ? [] : await listRecentPayments({ db, msn: filters.msn, limit: 200 });
    return send(reply, html(<PaymentsPage payments={payments} filters={filters} />), filters.problems.length ? 400 : 200);
  });

  app.get('/inspector/payments/:id', { schema: pageSchema("Inspector: a payment's event log and webhook deliveries") }, async (req, reply) => {
    const id = (req.params as { id: string }).id;
    const found = /^[\w-]{1,64}$/.test(id) ? await inspectPayment({ db, id }) : undefined;
    if (!found) {
      return send(reply, html(<InspectorLayout title="Not found"><p class="notice error">There is no payment {id}.</p></InspectorLayout>), 404);
    }
    return send(reply, html(<PaymentPage payment={found.payment} events={found.events} deliveries={found.deliveries} attempts={found.attempts} />));
  });

  app.get('/inspector/webhooks', { schema: pageSchema('Inspector: webhook deliveries and their attempts') }, async (req, reply) => {
    const filters = readFilters(req.query as Record<string, string>);
    const { deliveries, attempts } = filters.problems.length ? { deliveries: [], attempts: [] } : await listRecentDeliveries({ db, filter: { msn: filters.msn, limit: 200 } });
    return send(
      reply,
      html(
        <InspectorLayout title="Webhook deliveries">
          <h1>Webhook deliveries</h1>
          <form method="get" action="/inspector/webhooks" class="actions card">
            <label>
              MSN
              <input name="msn" value={filters.msn ?? ''} size={8} />
            </label>
            <button type="submit">Filter</button>
          </form>
          {filters.problems.map((p) => (
            <p class="notice error">{p}</p>
          ))}
          <DeliveriesView deliveries={deliveries} attempts={attempts} />
        </InspectorLayout>,
      ),
      filters.problems.length ? 400 : 200,
    );
  });
}
