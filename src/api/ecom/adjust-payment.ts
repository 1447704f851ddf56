// POST …/capture, PUT …/cancel and POST …/refund of an eCom order.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { Static } from 'typebox';
import type { Runtime } from '../../runtime.js';
import type { EcomAdjustResult } from '../../operations/ecom/adjust-ecom-payment.js';
import { cancelEcomPayment } from '../../operations/ecom/cancel-ecom-payment.js';
import { captureEcomPayment } from '../../operations/ecom/capture-ecom-payment.js';
import { ecomUnit } from '../../operations/ecom/ecom-unit.js';
import { refundEcomPayment } from '../../operations/ecom/refund-ecom-payment.js';
import { requireActor } from '../caller.js';
import { ActionRequest, CancelRequest, errors, Headers, OrderParams, RefundResponse, RequestIdHeaders, routeConfig, TransactionResponse } from './schemas.js';

type AdjustRequest = FastifyRequest & { params: Static<typeof OrderParams>; headers: Partial<Static<typeof RequestIdHeaders>> };

async function common(rt: Runtime, req: AdjustRequest, bodyMsn: string) {
  return {
    db: rt.store.db,
    unit: await ecomUnit({ db: rt.store.db, actor: requireActor(req), bodyMsn, onMsn: (msn) => (req.logMsn = msn) }),
    orderId: req.params.orderId,
    requestId: req.headers['x-request-id'],
    now: rt.clock.now(),
  };
}

const withInfo = (r: EcomAdjustResult) => ({ orderId: r.orderId, transactionInfo: r.info, transactionSummary: r.transactionSummary });
const tags = ['eCom API v2'];

export const adjustPaymentRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  app.post(
    '/ecomm/v2/payments/:orderId/capture',
    { config: routeConfig, schema: { tags, summary: 'Capture payment (partial and repeated captures too)', headers: RequestIdHeaders, params: OrderParams, body: ActionRequest, response: { 200: TransactionResponse, ...errors } } },
    async (req) => {
      const body = req.body;
      const result = await captureEcomPayment({ ...(await common(rt, req, body.merchantInfo.merchantSerialNumber)), amount: body.transaction.amount, transactionText: body.transaction.transactionText });
      rt.outbox.kick();
      return withInfo(result);
    },
  );

  app.post(
    '/ecomm/v2/payments/:orderId/refund',
    { config: routeConfig, schema: { tags, summary: 'Refund payment (partial refunds too)', headers: RequestIdHeaders, params: OrderParams, body: ActionRequest, response: { 200: RefundResponse, ...errors } } },
    async (req) => {
      const body = req.body;
      const result = await refundEcomPayment({ ...(await common(rt, req, body.merchantInfo.merchantSerialNumber)), amount: body.transaction.amount, transactionText: body.transaction.transactionText });
      rt.outbox.kick();
      return { orderId: result.orderId, transaction: result.info, transactionSummary: result.transactionSummary };
    },
  );

  app.put(
    '/ecomm/v2/payments/:orderId/cancel',
    { config: routeConfig, schema: { tags, summary: 'Cancel payment', headers: Headers, params: OrderParams, body: CancelRequest, response: { 200: TransactionResponse, ...errors } } },
    async (req) => {
      const body = req.body;
      const result = await cancelEcomPayment({
        ...(await common(rt, req, body.merchantInfo.merchantSerialNumber)),
        requestId: undefined,
        transactionText: body.transaction.transactionText,
        releaseRemaining: body.shouldReleaseRemainingFunds ?? false,
      });
      rt.outbox.kick();
      return withInfo(result);
    },
  );
};
