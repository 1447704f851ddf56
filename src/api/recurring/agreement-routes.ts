// /recurring/v3/agreements: draft, list, get, update (and stop), and the test
// environment's force-accept.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import Type from 'typebox';
import type { Runtime } from '../../runtime.js';
import { requireActor } from '../caller.js';
import { notFound } from '../../domain/errors.js';
import { normalizePhone } from '../../domain/payments/payer.js';
import { invalid } from '../../domain/errors.js';
import { agreementResponse } from '../../domain/recurring/views.js';
import { answerAgreement } from '../../operations/recurring/answer-agreement.js';
import { createAgreement } from '../../operations/recurring/create-agreement.js';
import { getAgreement, listAgreements } from '../../operations/recurring/read-recurring.js';
import { recurringUnit } from '../../operations/recurring/recurring-unit.js';
import { updateAgreement } from '../../operations/recurring/update-agreement.js';
import {
  ListHeaders,
  AgreementParams,
  AgreementResponse,
  CreateAgreementRequest,
  CreateAgreementResponse,
  ForceAcceptRequest,
  ListAgreementsQuery,
  ModifyingHeaders,
  problems,
  ReadingHeaders,
  routeConfig,
  TAG_AGREEMENTS,
  UpdateAgreementRequest,
} from './schemas.js';

export const unitOf = (rt: Runtime, req: FastifyRequest) => recurringUnit({ db: rt.store.db, actor: requireActor(req), onMsn: (msn) => (req.logMsn = msn) });

export const agreementRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  app.post(
    '/recurring/v3/agreements',
    { config: routeConfig, schema: { tags: [TAG_AGREEMENTS], summary: 'Draft an agreement for the payer to accept', headers: ModifyingHeaders, body: CreateAgreementRequest, response: { 201: CreateAgreementResponse, ...problems } } },
    async (req, reply) => {
      const unit = await unitOf(rt, req);
      const result = await createAgreement({ db: rt.store.db, unit, input: req.body, idempotencyKey: req.headers['idempotency-key'], now: rt.clock.now(), publicUrl: rt.config.publicUrl });
      req.logReference = result.body.agreementId;
      return reply.code(201).send(result.body);
    },
  );

  app.get(
    '/recurring/v3/agreements',
    { config: routeConfig, schema: { tags: [TAG_AGREEMENTS], summary: 'List agreements in one status (ACTIVE unless asked)', headers: ListHeaders, querystring: ListAgreementsQuery, response: { 200: Type.Array(AgreementResponse), ...problems } } },
    async (req, reply) => {
      const unit = await unitOf(rt, req);
      const q = req.query;
      const continuationToken = req.headers['continuation-token'];
      const page = await listAgreements({ db: rt.store.db, msn: unit.msn, now: rt.clock.now(), status: q.status ?? 'ACTIVE', createdAfter: q.createdAfter, pageNumber: q.pageNumber, pageSize: q.pageSize, continuationToken });
      if (page.continuationToken) reply.header('continuation-token', page.continuationToken);
      return page.agreements.map((a) => agreementResponse(a, rt.config.publicUrl));
    },
  );

  app.get(
    '/recurring/v3/agreements/:agreementId',
    { config: routeConfig, schema: { tags: [TAG_AGREEMENTS], summary: 'Get an agreement', headers: ReadingHeaders, params: AgreementParams, response: { 200: AgreementResponse, ...problems } } },
    async (req) => {
      const unit = await unitOf(rt, req);
      const { agreementId } = req.params;
      const a = await getAgreement({ db: rt.store.db, msn: unit.msn, agreementId, now: rt.clock.now() });
      return agreementResponse(a, rt.config.publicUrl);
    },
  );

  app.patch(
    '/recurring/v3/agreements/:agreementId',
    { config: routeConfig, schema: { tags: [TAG_AGREEMENTS], summary: 'Update or stop an agreement', headers: ModifyingHeaders, params: AgreementParams, body: UpdateAgreementRequest, response: { 204: Type.Null(), ...problems } } },
    async (req, reply) => {
      const unit = await unitOf(rt, req);
      const { agreementId } = req.params;
      await updateAgreement({ db: rt.store.db, unit, agreementId, input: req.body, idempotencyKey: req.headers['idempotency-key'], now: rt.clock.now() });
      return reply.code(204).send(null);
    },
  );

  app.patch(
    '/recurring/v3/agreements/:agreementId/accept',
    { config: routeConfig, schema: { tags: [TAG_AGREEMENTS], summary: 'Force accept an agreement (test mode only)', headers: ModifyingHeaders, params: AgreementParams, body: ForceAcceptRequest, response: { 204: Type.Null(), ...problems } } },
    async (req, reply) => {
      if (rt.config.mode !== 'test') {
        throw notFound('Force accept exists only in the test environment, and this vpp runs in production mode. Start vpp with --mode test, or let the payer accept at the vippsConfirmationUrl or through POST /_sim/recurring/agreements/{agreementId}/accept.');
      }
      const unit = await unitOf(rt, req);
      const { agreementId } = req.params;
      const p = normalizePhone(req.body.phoneNumber);
      if ('problem' in p) throw invalid(p.problem, [{ name: 'phoneNumber', reason: p.problem }]);
      const a = await getAgreement({ db: rt.store.db, msn: unit.msn, agreementId, now: rt.clock.now() });
      await answerAgreement({ db: rt.store.db, agreementId: a.id, decision: 'accept', phone: p.phone, now: rt.clock.now() });
      return reply.code(204).send(null);
    },
  );
};
