// Schemas of the partner journey's JSON API: applying to become a partner and the
// integration checklists' verdicts.
import Type from 'typebox';
import { PARTNER_LEVELS, PARTNER_TYPES, PRODUCT_TYPES } from '../../domain/world/world-schema.js';
import { literalUnion } from '../literal-union.js';

export const ApplicationRequest = Type.Object(
  {
    orgno: Type.String({ pattern: '^\\d{9}$', description: 'Organisation number in the business registry' }),
    contactName: Type.String({ minLength: 1, maxLength: 100 }),
    contactEmail: Type.String({ minLength: 3, maxLength: 200, description: 'Where the test-environment details are sent' }),
    contactPhone: Type.Optional(Type.String({ maxLength: 20 })),
    partnerType: literalUnion(PARTNER_TYPES, { description: 'platform, integration or plugin' }),
    products: Type.Array(literalUnion(PRODUCT_TYPES), { minItems: 1, maxItems: 10, description: 'The products you will offer merchants' }),
    expectedMerchants: Type.Integer({ minimum: 0, maximum: 10_000_000, description: 'Active merchants expected' }),
    expectedAnnualRevenue: Type.Integer({ minimum: 0, description: 'Expected annual revenue through Vipps MobilePay, NOK in øre' }),
  },
  { additionalProperties: false },
);

export const ApplicationResponse = Type.Object({
  applicationId: Type.String({ format: 'uuid' }),
  status: Type.Literal('PENDING'),
  qualifiesFor: literalUnion(PARTNER_LEVELS, { description: 'The level the declared figures qualify for (the back office decides)' }),
});

const State = Type.Union([Type.Literal('met'), Type.Literal('not_yet'), Type.Literal('not_applicable')]);

export const ChecklistsResponse = Type.Object({
  partnerId: Type.String(),
  partnerName: Type.String(),
  allMet: Type.Boolean({ description: 'Every item of every checklist in the answer is met (without ?api: of every API the partner has used)' }),
  checklists: Type.Array(
    Type.Object({
      api: Type.String(),
      title: Type.String(),
      allMet: Type.Boolean(),
      used: Type.Boolean({ description: 'The partner has called this API' }),
      items: Type.Array(
        Type.Object({
          key: Type.String(),
          title: Type.String(),
          how: Type.String({ description: 'How vpp judges the item' }),
          judgedFrom: Type.Union([Type.Literal('traffic'), Type.Literal('attachment')]),
          state: State,
          evidence: Type.String(),
          references: Type.Array(Type.String()),
          link: Type.Union([Type.String(), Type.Null()]),
        }),
      ),
    }),
  ),
});

export const PartnerParams = Type.Object({ partnerId: Type.String({ pattern: '^\\d{3,10}$' }) });
export const ChecklistQuery = Type.Object({ api: Type.Optional(Type.String({ maxLength: 40, description: 'One API: epayment, ecom, recurring or login' })) });
