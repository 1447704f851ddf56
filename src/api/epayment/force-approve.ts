// POST /epayment/v1/test/payments/{reference}/approve: approve without the app. Only the
// test environment has it; in production mode vpp answers as if the route did not exist.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Static } from 'typebox';
import Type from 'typebox';
import type { Runtime } from '../../runtime.js';
import { invalid, notFound } from '../../domain/errors.js';
import { phoneOfPersonalQr } from '../../domain/payments/check-create-payment.js';
import { actAsPayer } from '../../operations/payments/act-as-payer.js';
import { getPayment } from '../../operations/payments/get-payment.js';
import { caller } from './acting-unit.js';
import { ForceApproveRequest, problems, ReadingHeaders, ReferenceParams, routeConfig } from './schemas.js';

export const forceApproveRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  const routes = [
    ['/epayment/v1/test/payments/:reference/approve', 'Force approve a payment (test mode only)'],
    // The guide's spelling of the same endpoint.
    ['/epayment/v1/payments/:reference/approve', 'Force approve a payment (test mode only; the same as …/test/payments/{reference}/approve)'],
  ] as const;
  for (const [path, summary] of routes) {
    const schema = {
      tags: ['ePayment API'],
      summary,
      headers: ReadingHeaders,
      params: ReferenceParams,
      // The body is optional: the schema has no `type`, so an absent body passes.
      body: Type.Unsafe<Static<typeof ForceApproveRequest> | undefined>({ ...ForceApproveRequest, type: undefined }),
      response: { 200: Type.Object({}), ...problems },
    };
    app.post(path, { config: routeConfig, schema }, async (req) => {
      if (rt.config.mode !== 'test') {
        throw notFound('Force approve exists only in the test environment, and this vpp runs in production mode. Start vpp with --mode test, or let the payer approve on the landing page (redirectUrl) or through POST /_sim/payments/{msn}/{reference}/approve.');
      }
      const { reference } = req.params;
      const body = req.body && typeof req.body === 'object' ? req.body : {};
      const payment = await getPayment({ db: rt.store.db, ...caller(req), reference, now: rt.clock.now() });
      if (body.token !== undefined && body.token !== payment.landingToken) {
        throw invalid('Force approve failed: the token is not the one in this payment\'s redirectUrl. Send that token, or leave it out.', [{ name: 'token', reason: 'does not belong to this payment' }], 'Approve failed');
      }
      const c = body.customer;
      const phone = c?.phoneNumber ?? (c?.personalQr ? (phoneOfPersonalQr(c.personalQr) ?? undefined) : undefined);
      await actAsPayer({ db: rt.store.db, paymentId: payment.id, decision: 'approve', phone, now: rt.clock.now() });
      return {};
    });
  }
};
