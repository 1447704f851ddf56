// The inspector: recent API requests, payments with their event logs, and webhook
// deliveries with their attempts. It shows no secrets: no tokens, keys or webhook secrets.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { formValues } from '../form-values.js';
import { pageParams, pageSchema } from '../page.js';
import type { Runtime } from '../../runtime.js';
import { inspectPayment } from '../../operations/inspector/inspect-payment.js';
import { listDeliveriesWithAttempts } from '../../operations/webhooks/list-deliveries.js';
import { listRecentPayments } from '../../operations/inspector/list-recent-payments.js';
import { listRecentRequests, loadRequestCharts } from '../../operations/inspector/list-recent-requests.js';
import { getRequestDetail } from '../../operations/inspector/get-request-detail.js';
import { prepareReplay } from '../../operations/inspector/prepare-replay.js';
import { resendDelivery } from '../../operations/webhooks/resend-delivery.js';
import { VppError } from '../../domain/errors.js';
import { requireSameOrigin } from '../same-origin.js';
import { RequestPage } from './request-page.js';
import { html } from '../render.js';
import { InspectorLayout } from './common.js';
import { DeliveriesView } from './deliveries-view.js';
import { FilterQuery, filterQuery, readFilters } from './filters.js';
import { PaymentPage, PaymentsPage } from './payments-pages.js';
import { RequestsPage } from './requests-page.js';
import { RecurringPage } from './recurring-page.js';
import { listRecentRecurring } from '../../operations/recurring/read-recurring.js';
import { Notice } from '../components/notice.js';

const send = (reply: FastifyReply, body: string, status = 200) =>
  reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').header('x-frame-options', 'DENY').send(body);

export const inspectorRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  const db = rt.store.db;

  app.get('/inspector', { schema: pageSchema('Inspector: recent API requests', { querystring: FilterQuery }) }, async (req, reply) => {
    const filters = readFilters(req.query);
    await rt.requestLog.flush(); // show this node's latest requests too
    const filter = { msn: filters.msn, owner: filters.partner, endpoint: filters.endpoint, status: filters.status, from: filters.from, to: filters.to };
    const rows = filters.problems.length ? [] : await listRecentRequests({ db, filter: { ...filter, limit: 200 } });
    const charts = await loadRequestCharts({ db, filter: filters.problems.length ? { msn: '-' } : filter });
    return send(reply, html(<RequestsPage rows={rows} filters={filters} charts={charts} />), filters.problems.length ? 400 : 200);
  });

  const notLogged = (id: string) =>
    html(
      <InspectorLayout title="Not found">
        <Notice kind="error">There is no logged request {id} with its headers and bodies; only the newest 10,000 requests keep them.</Notice>
      </InspectorLayout>,
    );

  app.get('/inspector/requests/:id', { schema: pageSchema('Inspector: one API request with its headers and bodies', { params: pageParams('id'), querystring: FilterQuery }) }, async (req, reply) => {
    const id = req.params.id;
    await rt.requestLog.flush();
    const d = id.length <= 200 ? await getRequestDetail({ db, requestId: id }) : undefined;
    if (!d) return send(reply, notLogged(id), 404);
    const back = `/inspector${filterQuery(readFilters(req.query))}`;
    return send(reply, html(<RequestPage d={d} back={back} />));
  });

  app.post('/inspector/requests/:id/replay', { schema: pageSchema('Inspector: replay an API request as the same key set', { params: pageParams('id') }) }, async (req, reply) => {
    const id = req.params.id;
    requireSameOrigin(req);
    await rt.requestLog.flush();
    try {
      const r = await prepareReplay({ db, box: rt.box, signer: rt.signer, mode: rt.config.mode, issuer: rt.config.publicUrl, now: rt.clock.now(), requestId: id });
      const res = await app.inject({ method: r.method as 'GET', url: r.url, headers: r.headers, payload: r.payload });
      await rt.requestLog.flush();
      return reply.code(303).header('location', `/inspector/requests/${encodeURIComponent(String(res.headers['x-request-id']))}`).send();
    } catch (err) {
      if (!(err instanceof VppError)) throw err;
      const d = await getRequestDetail({ db, requestId: id });
      if (!d) return send(reply, notLogged(id), 404);
      return send(reply, html(<RequestPage d={d} back="/inspector" problem={err.message} />), err.kind === 'not_found' ? 404 : 409);
    }
  });

  app.post('/inspector/webhooks/:id/resend', { schema: pageSchema('Inspector: send a webhook delivery again', { params: pageParams('id') }) }, async (req, reply) => {
    const id = req.params.id;
    requireSameOrigin(req);
    const backField = formValues(req).text('back');
    const back = /^\/inspector(\/[\w\-/]*)?(\?[^\s]*)?$/.test(backField) ? backField : '/inspector/webhooks';
    try {
      await resendDelivery({ db, deliveryId: id, now: rt.clock.now() });
    } catch (err) {
      if (!(err instanceof VppError)) throw err;
      return send(reply, html(<InspectorLayout title="Not resent"><Notice kind="error">{err.message}</Notice><p><a href={back}>Back</a></p></InspectorLayout>), 404);
    }
    return reply.code(303).header('location', back).send();
  });

  app.get('/inspector/payments', { schema: pageSchema('Inspector: payments', { querystring: FilterQuery }) }, async (req, reply) => {
    const filters = readFilters(req.query);
    const payments = filters.problems.length ? [] : await listRecentPayments({ db, msn: filters.msn, limit: 200 });
    return send(reply, html(<PaymentsPage payments={payments} filters={filters} />), filters.problems.length ? 400 : 200);
  });

  app.get('/inspector/recurring', { schema: pageSchema('Inspector: Recurring agreements and charges', { querystring: FilterQuery }) }, async (req, reply) => {
    const filters = readFilters(req.query);
    const { agreements, charges } = filters.problems.length ? { agreements: [], charges: [] } : await listRecentRecurring({ db, msn: filters.msn, limit: 200 });
    return send(reply, html(<RecurringPage agreements={agreements} charges={charges} filters={filters} />), filters.problems.length ? 400 : 200);
  });

  app.get('/inspector/payments/:id', { schema: pageSchema("Inspector: a payment's event log and webhook deliveries", { params: pageParams('id') }) }, async (req, reply) => {
    const id = req.params.id;
    const found = /^[\w-]{1,64}$/.test(id) ? await inspectPayment({ db, id }) : undefined;
    if (!found) {
      return send(reply, html(<InspectorLayout title="Not found"><Notice kind="error">There is no payment {id}.</Notice></InspectorLayout>), 404);
    }
    return send(reply, html(<PaymentPage {...found} />));
  });

  app.get('/inspector/webhooks', { schema: pageSchema('Inspector: webhook deliveries and their attempts', { querystring: FilterQuery }) }, async (req, reply) => {
    const filters = readFilters(req.query);
    const deliveries = filters.problems.length ? [] : await listDeliveriesWithAttempts({ db, filter: { msn: filters.msn, limit: 200 } });
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
            <Notice kind="error">{p}</Notice>
          ))}
          <DeliveriesView deliveries={deliveries} back={`/inspector/webhooks${filters.msn ? `?msn=${filters.msn}` : ''}`} />
        </InspectorLayout>,
      ),
      filters.problems.length ? 400 : 200,
    );
  });
};
