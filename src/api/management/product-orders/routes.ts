// Product orders: pre-fill one for a merchant, read its status, withdraw it.
import Type from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ProductOrderRequest } from '../../../domain/product-orders/prefill-schema.js';
import { PREFILL_STATUSES } from '../../../domain/product-orders/product-order-status.js';
import { createProductOrder } from '../../../operations/product-orders/create-product-order.js';
import { deleteProductOrder } from '../../../operations/product-orders/delete-product-order.js';
import { getProductOrder } from '../../../operations/product-orders/get-product-order.js';
import type { Runtime } from '../../../runtime.js';
import { IdempotencyKeyHeader } from '../idempotency-key.js';
import { ManagementHeaders, ManagementProblem, problemResponses, routeConfig } from '../schemas.js';
import { requireActor } from '../../caller.js';
import { literalUnion } from '../../literal-union.js';

const tags = ['Management API: product orders'];

const ProductOrderResponse = Type.Object({
  prefilledOrderId: Type.String({ format: 'uuid', description: 'Identifies the pre-filled order' }),
  prefillUrl: Type.String({ format: 'uri', description: "Where the merchant opens the pre-filled order in vpp's merchant portal" }),
});

const ProductOrderDetails = Type.Object({
  prefilledOrderId: Type.String({ format: 'uuid' }),
  prefillStatus: literalUnion(PREFILL_STATUSES, {
    description: 'RECEIVED: not opened yet; ACCESSED: the merchant opened it; PROCESSING: submitted; WAITING_FOR_MERCHANT: more information asked for; COMPLETED: done',
  }),
});

const OrderIdParams = Type.Object({
  productOrderId: Type.String({ format: 'uuid', description: 'The prefilledOrderId that the pre-fill returned' }),
});

export const productOrderRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  app.post(
    '/management/v1/product-orders',
    {
      config: routeConfig,
      // The operation checks the body with the rules that read the store, so every mistake is reported at once.
      attachValidation: true,
      schema: {
        tags,
        summary: 'Pre-fill a product order on behalf of a merchant',
        description:
          'Validates everything up front (org number and registry, name, logo pixels, account check digit, your price package, URLs, compliance data) and lists every problem at once. Returns the link the merchant opens in the portal.',
        headers: Type.Object({ ...ManagementHeaders.properties, 'idempotency-key': IdempotencyKeyHeader }),
        body: ProductOrderRequest,
        response: { 201: ProductOrderResponse, ...problemResponses, 409: ManagementProblem },
      },
    },
    async (req, reply) => {
      // The operation checks the body and the Idempotency-Key itself, to list their problems with the rest.
      const result = await createProductOrder({
        db: rt.store.db,
        box: rt.box,
        actor: requireActor(req),
        prefill: req.body,
        mode: 'management',
        idempotencyKey: req.headers['idempotency-key'],
        publicUrl: rt.config.publicUrl,
        now: rt.clock.now(),
      });
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.code(201).send({ prefilledOrderId: result.body.prefilledOrderId, prefillUrl: result.body.url });
    },
  );

  app.get(
    '/management/v1/product-orders/:productOrderId',
    {
      config: routeConfig,
      schema: {
        tags,
        summary: "A product order's status",
        description: 'For the keys of whoever pre-filled the order.',
        headers: ManagementHeaders,
        params: OrderIdParams,
        response: { 200: ProductOrderDetails, ...problemResponses },
      },
    },
    async (req) => getProductOrder({ db: rt.store.db, actor: requireActor(req), id: req.params.productOrderId }),
  );

  app.delete(
    '/management/v1/product-orders/:productOrderId',
    {
      config: routeConfig,
      schema: {
        tags,
        summary: 'Delete a product order',
        description: 'Withdraws a pre-fill sent by mistake. Works until the merchant submits the order; then 409.',
        headers: ManagementHeaders,
        params: OrderIdParams,
        response: { 200: Type.Unsafe<undefined>(Type.Null({ description: 'Deleted' })), ...problemResponses, 409: ManagementProblem },
      },
    },
    async (req, reply) => {
      await deleteProductOrder({ db: rt.store.db, actor: requireActor(req), id: req.params.productOrderId, now: rt.clock.now() });
      // An empty body, as documented: no payload (null would be serialized as `null`).
      return reply.code(200).send();
    },
  );
};
