// The Webhooks API v1: register, list and delete webhooks for a sales unit (merchant keys,
// or partner keys with Merchant-Serial-Number) or for a partner's every unit (partner keys
// without the header).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Runtime } from '../../runtime.js';
import { deleteWebhook } from '../../operations/webhooks/delete-webhook.js';
import { listWebhooks } from '../../operations/webhooks/list-webhooks.js';
import { registerWebhook } from '../../operations/webhooks/register-webhook.js';
import { requireCaller } from '../caller.js';
import { caller } from '../epayment/acting-unit.js';
import { Problem } from '../problem-schema.js';
import { SystemHeaders } from '../system-headers.js';

const RegisterRequest = Type.Object(
  {
    url: Type.String({ minLength: 1, maxLength: 2000, format: 'uri', description: 'Where deliveries are POSTed; https' }),
    events: Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50, description: 'Event types, like epayments.payment.captured.v1' }),
  },
  { additionalProperties: false },
);
const RegisterResponse = Type.Object({ id: Type.String({ format: 'uuid' }), secret: Type.String() });
const Webhook = Type.Object({ id: Type.String(), url: Type.String(), events: Type.Array(Type.String()) });
const QueryResponse = Type.Object({ webhooks: Type.Array(Webhook) });
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Headers = Type.Object({ ...SystemHeaders });
const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const config = { api: 'webhooks', errorFormat: 'problem' } as const;

export const webhooksApi: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  requireCaller(app, rt);

  app.post(
    '/webhooks/v1/webhooks',
    { config, schema: { tags: ['Webhooks API'], summary: 'Register a webhook', headers: Headers, body: RegisterRequest, response: { 201: RegisterResponse, ...problems } } },
    async (req, reply) => {
      const { url, events } = req.body;
      const created = await registerWebhook({ db: rt.store.db, box: rt.box, ...caller(req), url, events, now: rt.clock.now() });
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/webhooks/v1/webhooks',
    { config, schema: { tags: ['Webhooks API'], summary: 'List the registered webhooks', headers: Headers, response: { 200: QueryResponse, ...problems } } },
    async (req) => {
      const hooks = await listWebhooks({ db: rt.store.db, ...caller(req) });
      return { webhooks: hooks.map((h) => ({ id: h.id, url: h.url, events: h.events })) };
    },
  );

  app.delete(
    '/webhooks/v1/webhooks/:id',
    { config, schema: { tags: ['Webhooks API'], summary: 'Delete a webhook', headers: Headers, params: IdParams, response: { 204: Type.Null(), ...problems } } },
    async (req, reply) => {
      await deleteWebhook({ db: rt.store.db, ...caller(req), id: req.params.id, now: rt.clock.now() });
      return reply.code(204).send(null);
    },
  );
};
