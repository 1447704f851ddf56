// /recurring/v3/…/charges: create (one or many), list, get (also by id alone), cancel,
// capture and refund.
import type { FastifyInstance } from 'fastify';
import type { Static } from 'typebox';
import Type from 'typebox';
import type { Runtime } from '../../runtime.js';
import { chargeResponse } from '../../domain/recurring/views.js';
import { cancelCharge, captureCharge, refundCharge } from '../../operations/recurring/adjust-charge.js';
import { createCharge, createChargesInBatch, type CreateChargeInput } from '../../operations/recurring/create-charges.js';
import { getCharge, listCharges } from '../../operations/recurring/read-recurring.js';
import { keyOf, unitOf } from './agreement-routes.js';
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
  ModifyChargeRequest,
  ModifyingHeaders,
  problems,
  ReadingHeaders,
  routeConfig,
  TAG_CHARGES,
} from './schemas.js';

export async function chargeRoutes(app: FastifyInstance, { rt }: { rt: Runtime }) {
  const testMode = rt.config.mode === 'test';
  const view = (r: Awaited<ReturnType<typeof getCharge>>) => chargeResponse(r.charge, r.events, r.agreement);

  app.post(
    '/recurring/v3/agreements/:agreementId/charges',
    { config: routeConfig, schema: { tags: [TAG_CHARGES], summary: 'Create a charge', headers: ModifyingHeaders, params: AgreementParams, body: CreateChargeRequest, response: { 201: CreateChargeResponse, ...problems } } },
    async (req, reply) => {
      const unit = await unitOf(rt, req);
      const { agreementId } = req.params as Static<typeof AgreementParams>;
      const result = await createCharge({ db: rt.store.db, unit, agreementId, input: req.body as CreateChargeInput, idempotencyKey: keyOf(req), testMode, now: rt.clock.now() });
      return reply.code(201).send(result.body);
    },
  );

  app.post(
    '/recurring/v3/agreements/charges',
    { config: routeConfig, schema: { tags: [TAG_CHARGES], summary: 'Create many charges at once', headers: ModifyingHeaders, body: CreateChargesRequest, response: { 202: CreateChargesResponse, ...problems } } },
    async (req, reply) => {
      const unit = await unitOf(rt, req);
      const result = await createChargesInBatch({ db: rt.store.db, unit, inputs: req.body as Static<typeof CreateChargesRequest>, idempotencyKey: keyOf(req), testMode, now: rt.clock.now() });
      return reply.code(202).send(result.body);
    },
  );

  app.get(
    '/recurring/v3/agreements/:agreementId/charges',
    { config: routeConfig, schema: { tags: [TAG_CHARGES], summary: "List an agreement's charges", headers: ReadingHeaders, params: AgreementParams, querystring: ListChargesQuery, response: { 200: Type.Array(ChargeResponse), ...problems } } },
    async (req) => {
      const unit = await unitOf(rt, req);
      const { agreementId } = req.params as Static<typeof AgreementParams>;
      const { status } = req.query as Static<typeof ListChargesQuery>;
      return (await listCharges({ db: rt.store.db, msn: unit.msn, agreementId, status, now: rt.clock.now() })).map(view);
    },
  );

  app.get(
    '/recurring/v3/agreements/:agreementId/charges/:chargeId',
    { config: routeConfig, schema: { tags: [TAG_CHARGES], summary: 'Get a charge', headers: ReadingHeaders, params: ChargeParams, response: { 200: ChargeResponse, ...problems } } },
    async (req) => {
      const unit = await unitOf(rt, req);
      const { agreementId, chargeId } = req.params as Static<typeof ChargeParams>;
      return view(await getCharge({ db: rt.store.db, msn: unit.msn, agreementId, chargeId, now: rt.clock.now() }));
    },
  );

  app.get(
    '/recurring/v3/charges/:chargeId',
    { config: routeConfig, schema: { tags: [TAG_CHARGES], summary: 'Get a charge by its id alone', headers: ReadingHeaders, params: ChargeIdParams, response: { 200: ChargeResponse, ...problems } } },
    async (req) => {
      const unit = await unitOf(rt, req);
      const { chargeId } = req.params as Static<typeof ChargeIdParams>;
      return view(await getCharge({ db: rt.store.db, msn: unit.msn, chargeId, now: rt.clock.now() }));
    },
  );

  app.delete(
    '/recurring/v3/agreements/:agreementId/charges/:chargeId',
    { config: routeConfig, schema: { tags: [TAG_CHARGES], summary: 'Cancel a charge', headers: ModifyingHeaders, params: ChargeParams, response: { 204: Type.Null(), ...problems } } },
    async (req, reply) => {
      const unit = await unitOf(rt, req);
      const { agreementId, chargeId } = req.params as Static<typeof ChargeParams>;
      await cancelCharge({ db: rt.store.db, unit, agreementId, chargeId, idempotencyKey: keyOf(req), now: rt.clock.now() });
      return reply.code(204).send();
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
        const { agreementId, chargeId } = req.params as Static<typeof ChargeParams>;
        const { amount, description } = req.body as Static<typeof ModifyChargeRequest>;
        const run = action === 'capture' ? captureCharge : refundCharge;
        await run({ db: rt.store.db, unit, agreementId, chargeId, amount, description, idempotencyKey: keyOf(req), now: rt.clock.now() });
        return reply.code(204).send();
      },
    );
  }
}

