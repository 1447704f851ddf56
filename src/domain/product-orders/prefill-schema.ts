// The pre-fill request of POST /management/v1/product-orders, as the Management API
// documents it: the edge validates this shape; check-prefill.ts adds the rules a schema
// cannot express (check digits, the registry, the logo's pixels, the caller's price packages).
import Type, { type Static, type TSchema } from 'typebox';
import { PRODUCT_TYPES } from '../world/world-schema.js';

/** A nullable field in the OpenAPI 3.0 way (`nullable: true`), which Ajv understands. */
const Nullable = <T extends TSchema>(schema: T) => Type.Unsafe<Static<T> | null>({ ...schema, nullable: true });
const NullableEnum = <V extends string>(values: readonly V[], opts: Record<string, unknown> = {}) =>
  Type.Unsafe<V | null>({ type: 'string', enum: [...values, null], nullable: true, ...opts });
const Text = (description: string) => Type.Optional(Nullable(Type.String({ description })));

export const SALES_UNIT_NAME_PATTERN = '^[\\p{L}\\p{M}\\d\\\\(\\)-_\\+\\s\\.]+$';
export const HTTPS_URL_PATTERN = '^(https:\\/\\/)[a-z0-9]+([\\-\\.]{1}[a-z0-9]+)*\\.[a-z]{2,5}(:[0-9]{1,5})?(\\/.*)?$';
export const PRODUCT_USE_CASES = ['Website', 'WebsiteWithTest', 'App', 'Unknown'] as const;
export const MEMBERSHIP_VALIDITIES = ['CurrentCalendarYear', 'OneYearFromPayment'] as const;

export const SalesUnitName = Type.String({
  minLength: 1,
  maxLength: 30,
  pattern: SALES_UNIT_NAME_PATTERN,
  description: 'Name shown to users in the app and on the landing page: 1–30 letters, digits, spaces and ( ) + - _ . \\',
});
export const SalesUnitLogo = Type.String({
  description: 'Base64 of a PNG logo, at least 100×100 pixels, the longest side at most 1000',
});

const HttpsUrl = (description: string) => Type.String({ pattern: HTTPS_URL_PATTERN, description });
const Obj = <P extends Record<string, TSchema>>(properties: P, description: string) =>
  Type.Optional(Nullable(Type.Object(properties, { additionalProperties: false, description })));

export const BusinessIdentifier = Type.Object(
  {
    scheme: Type.String({ minLength: 10, maxLength: 20, description: 'Only business:NO:ORG is supported' }),
    id: Type.String({ pattern: '^\\d{9}$', description: 'The organisation number (9 digits with its mod-11 check digit)' }),
  },
  { additionalProperties: false, description: 'The merchant: its business identifier' },
);

export const ComplianceData = Obj(
  {
    giftCard: Obj(
      {
        isSalesPercentageLessThanTen: Type.Boolean(),
        validityDuration: Text('How long a gift card is valid after purchase'),
        giftCardTurnoverShare: Text('Share of total sales that are gift cards'),
      },
      'Gift cards',
    ),
    membership: Obj(
      {
        turnoverShare: Type.String(),
        membershipValidity: Type.Optional(NullableEnum(MEMBERSHIP_VALIDITIES)),
        periodDistribution: Type.String(),
      },
      'Memberships',
    ),
    subscription: Obj({ turnoverShare: Type.String(), periodDistribution: Type.String() }, 'Subscriptions'),
    course: Obj(
      {
        turnoverShare: Type.String(),
        timeBeforeOrder: Type.String(),
        period: Type.String(),
        isOnlineCourseOffered: Type.Optional(Nullable(Type.Boolean())),
        onlineAccessibleTime: Text('How long a buyer has access to an online course'),
      },
      'Courses',
    ),
    ticket: Obj({ turnoverShare: Type.String(), prepurchaseTime: Type.String() }, 'Tickets'),
    rent: Obj({ turnoverShare: Type.String(), prepurchaseTime: Type.String(), averageRentalDuration: Type.String() }, 'Rent'),
    prepaidServices: Obj({ turnoverShare: Type.String(), prepurchaseTime: Type.String() }, 'Prepaid services'),
    donation: Obj({ acceptsDonation: Type.Boolean() }, 'Donations'),
  },
  'What the merchant sells in advance (needed for VIPPS_PA_NETT)',
);

export const Website = Obj(
  {
    url: HttpsUrl("The merchant's website (https)"),
    termsUrl: HttpsUrl("The merchant's sales terms (https)"),
    testWebsiteUrl: Type.Optional(Nullable(HttpsUrl('A test website, for WebsiteWithTest (https)'))),
    testWebsiteUsername: Text('Username on the test website'),
    testWebsitePassword: Text('Password on the test website'),
  },
  "The merchant's website",
);

export const ProductOrderRequest = Type.Object(
  {
    businessIdentifier: BusinessIdentifier,
    salesUnitName: Type.Optional(Nullable(SalesUnitName)),
    salesUnitLogo: Type.Optional(Nullable(SalesUnitLogo)),
    settlementBankAccount: Obj(
      {
        scheme: Type.String({ minLength: 5, maxLength: 20, description: 'Only BBAN:NO is supported' }),
        id: Type.String({ pattern: '^\\d{9,34}$', description: 'The account number: 11 digits with the mod-11 check digit' }),
      },
      'The account the merchant is paid to',
    ),
    pricePackageId: Type.Optional(Nullable(Type.String({ format: 'uuid', description: 'One of your price packages (GET /management/v1/partners/price-packages)' }))),
    productType: Type.Union(PRODUCT_TYPES.map((t) => Type.Literal(t)), { description: 'The product ordered' }),
    productUseCase: Type.Optional(NullableEnum(PRODUCT_USE_CASES, { description: 'Where the sales take place' })),
    annualTurnover: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 999999999, description: 'Annual turnover in NOK, without øre' }))),
    intendedPurpose: Text('What the merchant sells, and anything that helps processing'),
    website: Website,
    complianceData: ComplianceData,
  },
  { additionalProperties: false },
);

export type ProductOrderInput = Static<typeof ProductOrderRequest>;

/** Friendlier words for a pattern that failed, by field path. */
export const PATTERN_REASON: Record<string, string> = {
  salesUnitName: 'may only contain letters, digits, spaces and the characters ( ) + - _ . \\',
  'businessIdentifier.id': 'must be 9 digits (a Norwegian organisation number)',
  'settlementBankAccount.id': 'must be digits only',
  'website.url': 'must be an https:// URL with a lowercase host name, like https://example.com',
  'website.termsUrl': 'must be an https:// URL with a lowercase host name, like https://example.com/terms',
  'website.testWebsiteUrl': 'must be an https:// URL with a lowercase host name, like https://test.example.com',
};
