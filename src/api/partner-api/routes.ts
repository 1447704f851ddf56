// The legacy Partner API, deprecated in favour of the Management API and answered for the
// integrations that still call it: its paths, bodies and error shapes. Every response says
// it is deprecated and links to the Management API path that replaces it.
import Type from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { PRODUCT_TYPES } from '../../domain/world/world-schema.js';
import { getSalesUnit } from '../../operations/management/get-sales-unit.js';
import { listMerchantMsns } from '../../operations/partner-api/list-merchant-msns.js';
import { createProductOrder } from '../../operations/product-orders/create-product-order.js';
import type { Runtime } from '../../runtime.js';
import { requireCaller, requireActor } from '../caller.js';
import { ManagementProblem } from '../management/schemas.js';
import { SystemHeaders } from '../system-headers.js';
import './errors.js';
import { literalUnion } from '../literal-union.js';
import { stringField } from '../../domain/string-field.js';

/** When the Management API replaced it (RFC 9745 `Deprecation`: a structured date). */
const DEPRECATED_AT = '@1696118400'; // 2023-10-01

const ErrorJson = Type.Object(
  { type: Type.String(), title: Type.String(), status: Type.Integer(), detail: Type.String(), instance: Type.String() },
  { description: 'Problem details of the Partner API' },
);
const MiddlewareError = Type.Object({ code: Type.Integer(), message: Type.String() }, { description: 'Refused before reaching the API' });
const getErrors = { 400: ErrorJson, 401: MiddlewareError, 403: ErrorJson, 404: ErrorJson };

const Headers = Type.Object({ ...SystemHeaders });
const tags = ['Partner API (deprecated)'];
const getConfig = { api: 'partner-api', errorFormat: 'partner-api' } as const;

const SalesUnitJson = Type.Object({
  msn: Type.String(),
  name: Type.String(),
  orgno: Type.String(),
  additionalDetails: Type.Object({ skipLandingPage: Type.Boolean(), isPureLogin: Type.Boolean(), captureType: Type.String(), recurring: Type.Boolean() }),
});

/** Light validation only, as documented: deeper problems make an invalid order, not an error. */
const LegacyOrderRequest = Type.Object(
  {
    orgno: Type.String({ pattern: '^[0-9]{9}$', description: 'The organisation number' }),
    productType: literalUnion(PRODUCT_TYPES),
  },
  { additionalProperties: true, description: 'The other fields (salesUnitName, salesUnitLogo, settlementAccountNumber, pricePackageId, productUseCase, annualTurnover, intendedPurpose, website, complianceData) are taken as sent and checked when the merchant opens the order' },
);

function successor(req: FastifyRequest, publicUrl: string): string {
  const route = req.routeOptions.url ?? '';
  if (route.startsWith('/partner-api/v0/merchants/')) return `${publicUrl}/management/v1/merchants/business:NO:ORG/${encodeURIComponent(stringField(req.params, 'orgno') ?? '')}/sales-units`;
  if (route.startsWith('/partner-api/v0/sal')) return `${publicUrl}/management/v1/sales-units/${encodeURIComponent(stringField(req.params, 'msn') ?? '')}`;
  return `${publicUrl}/management/v1/product-orders`;
}

export const partnerApi: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  requireCaller(app, rt);
  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('deprecation', DEPRECATED_AT);
    reply.header('link', `<${successor(req, rt.config.publicUrl)}>; rel="successor-version"`);
    return payload;
  });

  app.get(
    '/partner-api/v0/merchants/:orgno',
    {
      config: getConfig,
      schema: {
        tags,
        deprecated: true,
        summary: 'MSNs of a merchant connected to you (use GET /management/v1/merchants/{scheme}/{id}/sales-units)',
        headers: Headers,
        params: Type.Object({ orgno: Type.String({ pattern: '^\\d{9}$' }) }),
        response: { 200: Type.Object({ msn: Type.Array(Type.String()) }), ...getErrors },
      },
    },
    async (req) => ({ msn: await listMerchantMsns({ db: rt.store.db, actor: requireActor(req), orgno: req.params.orgno }) }),
  );

  // The spec spells it salesunits, its guide saleunits: both answer.
  for (const spelling of ['salesunits', 'saleunits']) {
    app.get(
      `/partner-api/v0/${spelling}/:msn`,
      {
        config: getConfig,
        schema: {
          tags,
          deprecated: true,
          summary: `A sales unit by MSN (use GET /management/v1/sales-units/{msn})${spelling === 'saleunits' ? ' — the spelling of the Partner API guide' : ''}`,
          headers: Headers,
          params: Type.Object({ msn: Type.String({ pattern: '^\\d{5,6}$' }) }),
          response: { 200: SalesUnitJson, ...getErrors },
        },
      },
      async (req) => {
        const { msn } = req.params;
        const { unit } = await getSalesUnit({ db: rt.store.db, actor: requireActor(req), msn });
        req.logMsn = msn;
        return {
          msn: unit.msn,
          name: unit.name,
          orgno: unit.orgno,
          additionalDetails: { skipLandingPage: unit.skip_landing_page === 1, isPureLogin: unit.payment_allowed !== 1, captureType: unit.capture_type, recurring: unit.recurring_allowed === 1 },
        };
      },
    );
  }

  app.post(
    '/partner-api/v1/products/orders',
    {
      config: { api: 'partner-api', errorFormat: 'management-problem' },
      schema: {
        tags,
        deprecated: true,
        summary: 'Pre-fill a product order (use POST /management/v1/product-orders)',
        description: 'Validates lightly, as documented: an order with deeper problems is accepted, and the merchant sees a warning and an empty form in the portal.',
        headers: Type.Object({ ...SystemHeaders, 'idempotency-key': Type.Optional(Type.String({ maxLength: 200 })) }),
        body: LegacyOrderRequest,
        response: {
          200: Type.Object({ prefilledOrderId: Type.String({ format: 'uuid' }), returnUrl: Type.String({ format: 'uri' }) }),
          400: ManagementProblem,
          401: ManagementProblem,
          403: ManagementProblem,
          409: ManagementProblem,
        },
      },
    },
    async (req) => {
      const result = await createProductOrder({
        db: rt.store.db,
        box: rt.box,
        actor: requireActor(req),
        prefill: req.body,
        mode: 'partner-api',
        idempotencyKey: req.headers['idempotency-key'],
        publicUrl: rt.config.publicUrl,
        now: rt.clock.now(),
      });
      return { prefilledOrderId: result.body.prefilledOrderId, returnUrl: result.body.url };
    },
  );
};
