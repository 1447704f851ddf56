// /recurring/v3/…/charges: create (one or many), list, get (also by id alone), cancel,
// capture and refund.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Runtime } from '../../runtime.js';
import { chargeResponse } from '../../domain/recurring/views.js';
import { cancelCharge, captureCharge, refundCharge } from '../../operations/recurring/adjust-charge.js';
import { createCharge, createChargesInBatch } from '../../operations/recurring/create-charges.js';
import { getCharge, listCharges } from '../../operations/recurring/read-recurring.js';
import { unitOf } from './agreement-routes.js';
import {
  AgreementParams,
  ChargeIdParams,
  ChargeParams,
  ChargeResponse,
  CreateChargeRequest,
  CreateChargeResponse,
  CreateChargesRequest,
  CreateChargesResponse,
  ListChargesQuery,
  ListHeaders,
  ModifyChargeRequest,
  ModifyingHeaders,
  problems,
  ReadingHeaders,
  routeConfig,
  TAG_CHARGES,
} from './schemas.js';

export const chargeRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  const testMode = rt.config.mode === 'test';
  const view = (r: Awaited<ReturnType<typeof getCharge>>) => chargeResponse(r.charge, r.events, r.agreement);

  app.post(
    '/recurring/v3/agreements/:agreementId/charges',
    { config: routeConfig, schema: { tags: [TAG_CHARGES], summary: 'Create a charge', headers: ModifyingHeaders, params: AgreementParams, body: CreateChargeRequest, response: { 201: CreateChargeResponse, ...problems } } },
    async (req, reply) => {
      const unit = await unitOf(rt, req);
      const { agreementId } = req.params;
      const result = await createCharge({ db: rt.store.db, unit, agreementId, input: req.body, idempotencyKey: req.headers['idempotency-key'], testMode, now: rt.clock.now() });
      return reply.code(201).send(result.body);
    },
  );

  app.post(
    '/recurring/v3/agreements/charges',
    { config: routeConfig, schema: { tags: [TAG_CHARGES], summary: 'Create many charges at once', headers: ModifyingHeaders, body: CreateChargesRequest, response: { 202: CreateChargesResponse, ...problems } } },
    async (req, reply) => {
      const unit = await unitOf(rt, req);
      const result = await createChargesInBatch({ db: rt.store.db, unit, inputs: req.body, idempotencyKey: req.headers['idempotency-key'], testMode, now: rt.clock.now() });
      return reply.code(202).send(result.body);
    },
  );

  app.get(
    '/recurring/v3/agreements/:agreementId/charges',
    { config: routeConfig, schema: { tags: [TAG_CHARGES], summary: "List an agreement's charges", headers: ListHeaders, params: AgreementParams, querystring: ListChargesQuery, response: { 200: Type.Array(ChargeResponse), ...problems } } },
    async (req, reply) => {
      const unit = await unitOf(rt, req);
      const { agreementId } = req.params;
      const { status } = req.query;
      const continuationToken = req.headers['continuation-token'];
      const page = await listCharges({ db: rt.store.db, msn: unit.msn, agreementId, status, continuationToken, now: rt.clock.now() });
      if (page.continuationToken) reply.header('continuation-token', page.continuationToken);
      return page.charges.map(view);
    },
  );

  app.get(
    '/recurring/v3/agreements/:agreementId/charges/:chargeId',
    { config: routeConfig, schema: { tags: [TAG_CHARGES], summary: 'Get a charge', headers: ReadingHeaders, params: ChargeParams, response: { 200: ChargeResponse, ...problems } } },
    async (req) => {
      const unit = await unitOf(rt, req);
      const { agreementId, chargeId } = req.params;
      return view(await getCharge({ db: rt.store.db, msn: unit.msn, agreementId, chargeId, now: rt.clock.now() }));
    },
  );

  app.get(
    '/recurring/v3/charges/:chargeId',
    { config: routeConfig, schema: { tags: [TAG_CHARGES], summary: 'Get a charge by its id alone', headers: ReadingHeaders, params: ChargeIdParams, response: { 200: ChargeResponse, ...problems } } },
    async (req) => {
      const unit = await unitOf(rt, req);
      const { chargeId } = req.params;
      return view(await getCharge({ db: rt.store.db, msn: unit.msn, chargeId, now: rt.clock.now() }));
    },
  );

  app.delete(
    '/recurring/v3/agreements/:agreementId/charges/:chargeId',
    { config: routeConfig, schema: { tags: [TAG_CHARGES], summary: 'Cancel a charge', headers: ModifyingHeaders, params: ChargeParams, response: { 202: Type.Unsafe<undefined>(Type.Null({ description: 'The charge is PROCESSING: accepted, enacted when its attempt ends' })), 204: Type.Null(), ...problems } } },
    async (req, reply) => {
      const unit = await unitOf(rt, req);
      const { agreementId, chargeId } = req.params;
      const result = await cancelCharge({ db: rt.store.db, unit, agreementId, chargeId, idempotencyKey: req.headers['idempotency-key'], now: rt.clock.now() });
      // 202 carries no body, as 204 does not.
      return result.status === 202 ? reply.code(202).send() : reply.code(204).send(null);
    },
  );

  for (const action of ['capture', 'refund'] as const) {
    app.post(
      `/recurring/v3/agreements/:agreementId/charges/:chargeId/${action}`,
      {
        config: routeConfig,
        schema: { tags: [TAG_CHARGES], summary: action === 'capture' ? 'Capture a reserved charge (partly, too)' : 'Refund a charge (partly, too)', headers: ModifyingHeaders, params: ChargeParams, body: ModifyChargeRequest, response: { 204: Type.Null(), ...problems } },
      },
      async (req, reply) => {
        const unit = await unitOf(rt, req);
        const { agreementId, chargeId } = req.params;
        const { amount, description } = req.body;
        const run = action === 'capture' ? captureCharge : refundCharge;
        await run({ db: rt.store.db, unit, agreementId, chargeId, amount, description, idempotencyKey: req.headers['idempotency-key'], now: rt.clock.now() });
        return reply.code(204).send(null);
      },
    );
  }
};
