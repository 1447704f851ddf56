// The shape of a world file: the registry, partners, merchants, sales units, key sets,
// price packages and back-office operators that vpp starts with. docs/world-file.md
// describes every field; identifiers are checked with their real rules in validate-world.ts.
import Type, { type Static } from 'typebox';
import { FaultRuleInputSchema } from '../sim/fault-rule-input.js';
import { CARD_OUTCOMES, MAX_CHARGE_PROCESSING_MINUTES, PAYER_BEHAVIOURS } from '../payers/vipps-user.js';
import { TOKEN_AUTH_METHODS } from '../login/login-client.js';

const Str = (opts: Record<string, unknown> = {}) => Type.String({ minLength: 1, ...opts });

export const PARTNER_TYPES = ['platform', 'integration', 'plugin'] as const;
export const PARTNER_LEVELS = ['Partner', 'Partner Plus', 'Partner Premium'] as const;
export const KEY_KINDS = ['partner', 'management', 'accounting', 'merchant'] as const;
export const PRODUCT_TYPES = ['VIPPS_PA_NETT', 'VIPPS_LOGG_INN', 'VIPPS_CHECKOUT', 'VIPPS_I_KASSA'] as const;
export const CAPTURE_TYPES = ['ReserveCapture', 'DirectCapture', 'NotApplicable'] as const;
export const UNIT_STATUSES = ['ACTIVE', 'DEACTIVATED'] as const;

const Enum = <T extends readonly string[]>(values: T) => Type.Union(values.map((v) => Type.Literal(v)));

export const AddressSchema = Type.Object(
  {
    addressLine1: Str(),
    addressLine2: Type.Optional(Type.String()),
    postCode: Str({ pattern: '^\\d{4}$' }),
    city: Str(),
    countryCode: Type.Optional(Str({ pattern: '^[A-Z]{2}$' })),
  },
  { additionalProperties: false },
);

export const PersonSchema = Type.Object(
  {
    nin: Str(),
    firstName: Str(),
    lastName: Str(),
    phone: Str(),
    email: Str(),
  },
  { additionalProperties: false },
);

export const OrganisationSchema = Type.Object(
  {
    orgno: Str(),
    name: Str({ maxLength: 100 }),
    form: Type.Optional(Str()),
    industry: Type.Optional(Str()),
    businessAddress: AddressSchema,
    postalAddress: Type.Optional(AddressSchema),
    roles: Type.Object(
      {
        ceo: Type.Optional(Str()),
        chair: Type.Optional(Str()),
        boardMembers: Type.Optional(Type.Array(Str())),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

export const PartnerSchema = Type.Object(
  {
    name: Str({ maxLength: 100 }),
    partnerId: Type.Optional(Str({ pattern: '^\\d{3,10}$' })),
    type: Enum(PARTNER_TYPES),
    level: Enum(PARTNER_LEVELS),
    contact: Type.Object({ name: Str(), email: Str() }, { additionalProperties: false }),
  },
  { additionalProperties: false },
);

export const PricePackageSchema = Type.Object(
  {
    id: Str(),
    partner: Str(),
    // The Management API's PricePackage limits: a name of up to 30, and a description that is
    // a short summary of the price ("2.99%") of up to 6 characters.
    name: Str({ maxLength: 30 }),
    description: Type.String({ maxLength: 6 }),
    productType: Enum(PRODUCT_TYPES),
    visibleInSignupForm: Type.Boolean(),
  },
  { additionalProperties: false },
);

export const MerchantSchema = Type.Object(
  {
    orgno: Str(),
    name: Type.Optional(Str({ maxLength: 50 })),
    status: Type.Optional(Enum(UNIT_STATUSES)),
    contactEmail: Type.Optional(Str()),
  },
  { additionalProperties: false },
);

export const SalesUnitSchema = Type.Object(
  {
    msn: Str(),
    name: Str({ maxLength: 30 }),
    merchant: Str(),
    partner: Type.Optional(Type.Union([Str(), Type.Null()])),
    status: Type.Optional(Enum(UNIT_STATUSES)),
    productType: Type.Optional(Enum(PRODUCT_TYPES)),
    pricePackage: Type.Optional(Str()),
    settlementAccount: Type.Optional(Str()),
    websiteUrl: Type.Optional(Str()),
    /** The unit's Login client (units with product VIPPS_LOGG_INN get one even without this block). */
    login: Type.Optional(
      Type.Object(
        {
          clientId: Type.Optional(Str({ maxLength: 100 })),
          clientSecret: Type.Optional(Str({ minLength: 16, maxLength: 200 })),
          redirectUris: Type.Optional(Type.Array(Str({ maxLength: 500 }), { maxItems: 50 })),
          tokenEndpointAuthMethod: Type.Optional(Enum(TOKEN_AUTH_METHODS)),
        },
        { additionalProperties: false },
      ),
    ),
    configuration: Type.Optional(
      Type.Object(
        {
          captureType: Type.Optional(Enum(CAPTURE_TYPES)),
          skipLandingPage: Type.Optional(Type.Boolean()),
          /** May create long-living payments (ePayment `expiresAt`); default false. */
          longLivingPaymentsAllowed: Type.Optional(Type.Boolean()),
          recurringAllowed: Type.Optional(Type.Boolean()),
          paymentAllowed: Type.Optional(Type.Boolean()),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const KeySetSchema = Type.Object(
  {
    kind: Enum(KEY_KINDS),
    /** A partner's name; a merchant's org number (management keys); an MSN (merchant keys). */
    owner: Str(),
    clientId: Type.Optional(Str({ maxLength: 100 })),
    clientSecret: Type.Optional(Str({ minLength: 16, maxLength: 200 })),
    subscriptionKey: Type.Optional(Str({ minLength: 16, maxLength: 200 })),
    secondarySubscriptionKey: Type.Optional(Str({ minLength: 16, maxLength: 200 })),
  },
  { additionalProperties: false },
);

export const OperatorSchema = Type.Object(
  {
    username: Str({ pattern: '^[a-z0-9._-]{2,40}$' }),
    name: Str(),
    email: Str(),
    password: Str({ minLength: 8 }),
  },
  { additionalProperties: false },
);

/** Automatic processing of the back office's queue, for CI (docs/world-file.md). */
/** A user of the simulated Vipps MobilePay app (payer, and person logging in). */
export const VippsUserSchema = Type.Object(
  {
    phone: Str(),
    firstName: Str(),
    lastName: Str(),
    email: Str(),
    emailVerified: Type.Optional(Type.Boolean()),
    birthDate: Type.Optional(Str({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
    nin: Type.Optional(Str()),
    address: Type.Optional(
      Type.Object(
        { streetAddress: Str(), postalCode: Str(), city: Str(), country: Str({ pattern: '^[A-Z]{2}$' }) },
        { additionalProperties: false },
      ),
    ),
    bankAccounts: Type.Optional(Type.Array(Type.Object({ accountNumber: Str(), accountName: Str() }, { additionalProperties: false }))),
    card: Type.Optional(
      Type.Object(
        {
          outcome: Type.Optional(Enum(CARD_OUTCOMES)),
          /** Money on the card in minor units; absent is unlimited. */
          balance: Type.Optional(Type.Integer({ minimum: 0 })),
          /** Minutes a Recurring charge attempt stays PROCESSING; absent or 0 settles it at once. */
          processingMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_CHARGE_PROCESSING_MINUTES })),
        },
        { additionalProperties: false },
      ),
    ),
    behaviour: Type.Optional(Enum(PAYER_BEHAVIOURS)),
  },
  { additionalProperties: false },
);

export const BackOfficeSchema = Type.Object(
  {
    autoApproveAfterSeconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 31_536_000 })),
    declineOrgnos: Type.Optional(Type.Array(Str())),
    moreInformationOrgnos: Type.Optional(Type.Array(Str())),
  },
  { additionalProperties: false },
);

export const SimulationSchema = Type.Object(
  {
    rateLimits: Type.Optional(Type.Boolean({ description: 'The documented per-endpoint rate limits (default on)' })),
    faults: Type.Optional(Type.Array(FaultRuleInputSchema)),
  },
  { additionalProperties: false },
);

export const WorldSchema = Type.Object(
  {
    registry: Type.Optional(
      Type.Object(
        {
          persons: Type.Optional(Type.Array(PersonSchema)),
          organisations: Type.Optional(Type.Array(OrganisationSchema)),
        },
        { additionalProperties: false },
      ),
    ),
    partners: Type.Optional(Type.Array(PartnerSchema)),
    pricePackages: Type.Optional(Type.Array(PricePackageSchema)),
    merchants: Type.Optional(Type.Array(MerchantSchema)),
    salesUnits: Type.Optional(Type.Array(SalesUnitSchema)),
    keySets: Type.Optional(Type.Array(KeySetSchema)),
    operators: Type.Optional(Type.Array(OperatorSchema)),
    backOffice: Type.Optional(BackOfficeSchema),
    vippsUsers: Type.Optional(Type.Array(VippsUserSchema)),
    simulation: Type.Optional(SimulationSchema),
  },
  { additionalProperties: false },
);

export type World = Static<typeof WorldSchema>;
export type WorldPerson = Static<typeof PersonSchema>;
export type WorldOrganisation = Static<typeof OrganisationSchema>;
export type WorldPartner = Static<typeof PartnerSchema>;
export type WorldKeySet = Static<typeof KeySetSchema>;
export type WorldSalesUnit = Static<typeof SalesUnitSchema>;
export type Address = Static<typeof AddressSchema>;
export type WorldVippsUser = Static<typeof VippsUserSchema>;
export type PartnerLevel = (typeof PARTNER_LEVELS)[number];
export type KeyKind = (typeof KEY_KINDS)[number];
