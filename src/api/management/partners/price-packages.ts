// GET /management/v1/partners/price-packages: the partner's price packages, with the id to
// use in a pre-fill.
import Type from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listPartnerPricePackages } from '../../../operations/management/list-price-packages.js';
import type { Runtime } from '../../../runtime.js';
import { ManagementHeaders, problemResponses, routeConfig } from '../schemas.js';
import { requireActor } from '../../caller.js';

/** The spec's product words for our product types (login packages have none). */
const PRODUCT_WORD: Record<string, 'ePayment' | 'ePaymentCustomerPresent' | 'checkout' | undefined> = {
  VIPPS_PA_NETT: 'ePayment',
  VIPPS_I_KASSA: 'ePaymentCustomerPresent',
  VIPPS_CHECKOUT: 'checkout',
};

const PricePackage = Type.Object({
  pricePackageId: Type.String({ format: 'uuid', description: 'Use it as pricePackageId in POST /management/v1/product-orders' }),
  name: Type.String(),
  description: Type.Optional(Type.String()),
  visibleInSignupForm: Type.Optional(Type.Boolean({ description: 'Whether merchants can choose it themselves in the signup form' })),
  productType: Type.Optional(
    Type.Union([Type.Literal('ePayment'), Type.Literal('ePaymentCustomerPresent'), Type.Literal('checkout')], {
      description: 'ePayment: pre-fill with VIPPS_PA_NETT; ePaymentCustomerPresent: VIPPS_I_KASSA; checkout: VIPPS_CHECKOUT (absent for VIPPS_LOGG_INN packages)',
    }),
  ),
});

export const pricePackagesRoute: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  app.get(
    '/management/v1/partners/price-packages',
    {
      config: routeConfig,
      schema: {
        tags: ['Management API: partners'],
        summary: "The partner's price packages",
        headers: ManagementHeaders,
        response: { 200: Type.Array(PricePackage), ...problemResponses },
      },
    },
    async (req) => {
      const rows = await listPartnerPricePackages({ db: rt.store.db, actor: requireActor(req) });
      return rows.map((p) => ({
        pricePackageId: p.id,
        name: p.name,
        description: p.description,
        visibleInSignupForm: p.visible_in_signup === 1,
        ...(PRODUCT_WORD[p.product_type] ? { productType: PRODUCT_WORD[p.product_type] } : {}),
      }));
    },
  );
};
