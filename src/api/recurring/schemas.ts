// The Recurring API v3's request and response schemas (from its OpenAPI spec).
import Type from 'typebox';
import { SystemHeaders } from '../system-headers.js';
import { AGREEMENT_STATUSES, CAMPAIGN_TYPES, INTERVAL_UNITS } from '../../domain/recurring/agreement.js';
import { CHARGE_EVENTS, CHARGE_STATUSES, CHARGE_TYPES, FAILURE_REASONS, TRANSACTION_TYPES } from '../../domain/recurring/charge.js';
import { RecurringProblem } from './errors.js';

const Enum = <T extends readonly string[]>(values: T, opts: object = {}) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...opts });
const Nullable = (s: object) => Type.Unsafe<unknown>({ anyOf: [s, { type: 'null' }] });

const Currency = Enum(['NOK'] as const, { description: 'Only NOK' });
const ExternalId = Type.String({ minLength: 1, maxLength: 64 });
export const TimePeriod = Type.Object({ unit: Enum(INTERVAL_UNITS), count: Type.Integer({ minimum: 1, maximum: 31 }) }, { additionalProperties: false });
const Url = Type.String({ minLength: 1, maxLength: 1024 });

const Campaign = Type.Object(
  {
    type: Enum(CAMPAIGN_TYPES),
    price: Type.Integer({ minimum: 0 }),
    end: Type.Optional(Type.String({ maxLength: 40 })),
    period: Type.Optional(TimePeriod),
    interval: Type.Optional(TimePeriod),
    eventDate: Type.Optional(Type.String({ maxLength: 40 })),
    eventText: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  },
  { additionalProperties: false },
);

const InitialCharge = Type.Object(
  {
    amount: Type.Integer({ minimum: 1, description: 'Minor units; no upper limit tied to the price' }),
    description: Type.String({ minLength: 1, maxLength: 45 }),
    transactionType: Enum(TRANSACTION_TYPES),
    orderId: Type.Optional(Type.String({ pattern: '^[a-zA-Z0-9-]{1,50}$' })),
    externalId: Type.Optional(ExternalId),
  },
  { additionalProperties: false },
);

export const CreateAgreementRequest = Type.Object(
  {
    pricing: Type.Object(
      {
        type: Type.Optional(Enum(['LEGACY', 'VARIABLE'] as const, { default: 'LEGACY' })),
        currency: Currency,
        amount: Type.Optional(Type.Integer({ minimum: 100, maximum: 2_147_483_647 })),
        suggestedMaxAmount: Type.Optional(Type.Integer({ minimum: 100, maximum: 2_000_000 })),
      },
      { additionalProperties: false },
    ),
    interval: TimePeriod,
    merchantAgreementUrl: Url,
    merchantRedirectUrl: Url,
    productName: Type.String({ minLength: 1, maxLength: 45 }),
    productDescription: Type.Optional(Type.String({ maxLength: 100 })),
    phoneNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 15 })),
    initialCharge: Type.Optional(InitialCharge),
    campaign: Type.Optional(Campaign),
    isApp: Type.Optional(Type.Boolean()),
    scope: Type.Optional(Type.String({ maxLength: 200 })),
    skipLandingPage: Type.Optional(Type.Boolean()),
    externalId: Type.Optional(ExternalId),
    countryCode: Type.Optional(Enum(['NO'] as const)),
  },
  { additionalProperties: false },
);

export const CreateAgreementResponse = Type.Object({
  agreementId: Type.String(),
  uuid: Type.String({ format: 'uuid' }),
  vippsConfirmationUrl: Type.String(),
  chargeId: Type.Union([Type.String(), Type.Null()]),
});

const CampaignOut = Type.Object({
  type: Type.String(),
  price: Type.Integer(),
  end: Type.Optional(Type.String()),
  period: Type.Optional(TimePeriod),
  interval: Type.Optional(TimePeriod),
  eventDate: Type.Optional(Type.String()),
  eventText: Type.Optional(Type.String()),
  explanation: Type.String(),
});

export const AgreementResponse = Type.Object({
  id: Type.String(),
  uuid: Type.String(),
  status: Enum(AGREEMENT_STATUSES),
  productName: Type.String(),
  productDescription: Type.Optional(Type.String()),
  pricing: Type.Object({
    type: Enum(['LEGACY', 'VARIABLE'] as const),
    currency: Type.String(),
    amount: Type.Optional(Type.Integer()),
    suggestedMaxAmount: Type.Optional(Type.Integer()),
    maxAmount: Type.Optional(Type.Integer()),
  }),
  interval: Type.Object({ unit: Type.String(), count: Type.Integer(), text: Type.String() }),
  campaign: Nullable(CampaignOut),
  created: Type.String({ format: 'date-time' }),
  start: Nullable({ type: 'string', format: 'date-time' }),
  stop: Nullable({ type: 'string', format: 'date-time' }),
  merchantAgreementUrl: Type.String(),
  merchantRedirectUrl: Type.String(),
  sub: Nullable({ type: 'string' }),
  userinfoUrl: Nullable({ type: 'string' }),
  externalId: Type.Optional(Type.String()),
  countryCode: Type.String(),
  vippsConfirmationUrl: Type.Optional(Type.String()),
});

export const UpdateAgreementRequest = Type.Object(
  {
    productName: Type.Optional(Type.String({ minLength: 1, maxLength: 45 })),
    productDescription: Type.Optional(Type.String({ maxLength: 100 })),
    merchantAgreementUrl: Type.Optional(Url),
    externalId: Type.Optional(ExternalId),
    status: Type.Optional(Enum(['STOPPED'] as const)),
    pricing: Type.Optional(
      Type.Object(
        { amount: Type.Optional(Type.Integer({ minimum: 100, maximum: 2_147_483_647 })), suggestedMaxAmount: Type.Optional(Type.Integer({ minimum: 100, maximum: 2_000_000 })) },
        { additionalProperties: false },
      ),
    ),
    interval: Type.Optional(Type.Object({ type: Type.Optional(Enum(['RECURRING'] as const)), period: Type.Optional(TimePeriod) }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);

export const ForceAcceptRequest = Type.Object({ phoneNumber: Type.String({ minLength: 1, maxLength: 20 }) }, { additionalProperties: false });

const chargeFields = {
  amount: Type.Integer({ minimum: 100, maximum: 2_147_483_647 }),
  transactionType: Enum(TRANSACTION_TYPES),
  description: Type.String({ minLength: 1, maxLength: 45 }),
  due: Type.String({ minLength: 10, maxLength: 10, description: 'YYYY-MM-DD' }),
  retryDays: Type.Integer({ minimum: 0, maximum: 14 }),
  type: Type.Optional(Enum(CHARGE_TYPES, { default: 'RECURRING' })),
  orderId: Type.Optional(Type.String({ pattern: '^[a-zA-Z0-9-]{1,50}$', description: 'Becomes the chargeId: 1–50 of a-z, A-Z, 0-9 and -' })),
  externalId: Type.Optional(ExternalId),
};

export const CreateChargeRequest = Type.Object(chargeFields, { additionalProperties: false });
export const CreateChargeResponse = Type.Object({ chargeId: Type.String() });

export const CreateChargesRequest = Type.Array(
  Type.Object({ ...chargeFields, agreementId: Type.String({ minLength: 1, maxLength: 64 }), orderId: Type.String({ pattern: '^[a-zA-Z0-9-]{1,50}$' }) }, { additionalProperties: false }),
  { minItems: 1, maxItems: 2000 },
);
export const CreateChargesResponse = Type.Object({
  validCharges: Type.Array(Type.String()),
  invalidCharges: Type.Array(Type.Object({ chargeBatchItemDto: Type.Object({}, { additionalProperties: true }), errors: Type.Array(Type.String()) })),
});

export const ChargeResponse = Type.Object({
  id: Type.String(),
  agreementId: Type.String(),
  amount: Type.Integer(),
  currency: Type.String(),
  description: Type.String(),
  due: Type.String({ format: 'date-time' }),
  status: Enum(CHARGE_STATUSES),
  type: Enum(CHARGE_TYPES),
  transactionType: Enum(TRANSACTION_TYPES),
  retryDays: Type.Integer(),
  transactionId: Nullable({ type: 'string' }),
  externalId: Type.String(),
  externalAgreementId: Type.Optional(Type.String()),
  failureReason: Nullable({ type: 'string', enum: [...FAILURE_REASONS] }),
  failureDescription: Type.Optional(Type.String()),
  summary: Type.Object({ captured: Type.Integer(), refunded: Type.Integer(), cancelled: Type.Integer() }),
  history: Type.Array(
    Type.Object({ occurred: Type.String({ format: 'date-time' }), event: Enum(CHARGE_EVENTS), amount: Type.Integer(), idempotencyKey: Type.String(), success: Type.Boolean() }),
  ),
});

export const ModifyChargeRequest = Type.Object({ amount: Type.Integer({ minimum: 100, maximum: 2_147_483_647 }), description: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false });

const IdempotencyKey = Type.String({ minLength: 1, maxLength: 40, pattern: '^[^#?/\\\\]+$', description: "1–40 characters, without '#', '?', '/' or '\\'" });

export const ModifyingHeaders = Type.Object({ 'idempotency-key': IdempotencyKey, ...SystemHeaders });
export const ReadingHeaders = Type.Object({ ...SystemHeaders });
/** A list's headers: a Continuation-Token from the previous page asks for the next one. */
export const ListHeaders = Type.Object({ ...SystemHeaders, 'continuation-token': Type.Optional(Type.String({ minLength: 1, maxLength: 100 })) });

// Ids in a path are printable text: a control character (e.g. %00) is a bad request, not a lookup.
const PathId = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '^[^\\x00-\\x1F\\x7F]+$' });
export const AgreementParams = Type.Object({ agreementId: PathId(64) });
export const ChargeParams = Type.Object({ agreementId: PathId(64), chargeId: PathId(50) });
export const ChargeIdParams = Type.Object({ chargeId: PathId(50) });

export const ListAgreementsQuery = Type.Object(
  {
    status: Type.Optional(Enum(AGREEMENT_STATUSES, { default: 'ACTIVE' })),
    createdAfter: Type.Optional(Type.Integer({ minimum: 0 })),
    pageNumber: Type.Optional(Type.Integer({ minimum: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  },
  { additionalProperties: false },
);
export const ListChargesQuery = Type.Object({ status: Type.Optional(Enum(CHARGE_STATUSES)) }, { additionalProperties: false });

export const problems = { 400: RecurringProblem, 401: RecurringProblem, 403: RecurringProblem, 404: RecurringProblem, 409: RecurringProblem };

export const routeConfig = { api: 'recurring', errorFormat: 'recurring-problem' } as const;
export const TAG_AGREEMENTS = 'Recurring API: agreements';
export const TAG_CHARGES = 'Recurring API: charges';
