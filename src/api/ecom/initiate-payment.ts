// POST /ecomm/v2/payments: initiate an eCom payment.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Runtime } from '../../runtime.js';
import type { InitiateInput } from '../../domain/ecom/check-initiate.js';
import { ecomUnit } from '../../operations/ecom/ecom-unit.js';
import { initiateEcomPayment } from '../../operations/ecom/initiate-ecom-payment.js';
import { requireActor } from '../caller.js';
import { errors, Headers, InitiateRequest, InitiateResponse, routeConfig } from './schemas.js';

export const initiatePaymentRoute: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  app.post(
    '/ecomm/v2/payments',
    { config: routeConfig, schema: { tags: ['eCom API v2'], summary: 'Initiate payment', headers: Headers, body: InitiateRequest, response: { 200: InitiateResponse, ...errors } } },
    async (req) => {
      const input: InitiateInput = req.body;
      const unit = await ecomUnit({ db: rt.store.db, actor: requireActor(req), bodyMsn: input.merchantInfo.merchantSerialNumber, onMsn: (msn) => (req.logMsn = msn) });
      const result = await initiateEcomPayment({ db: rt.store.db, box: rt.box, unit, input, now: rt.clock.now(), publicUrl: rt.config.publicUrl });
      rt.outbox.kick();
      return result;
    },
  );
};
