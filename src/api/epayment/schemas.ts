// The ePayment API's request and response schemas: the OpenAPI spec 1.4.1, and the fields of
// the newer spec the official SDK's generated types describe (minimumUserAge, the receipt's
// full bottom line, cancelTransactionOnly). Fields no spec has are refused.
import Type from 'typebox';
import { SystemHeaders } from '../system-headers.js';
import { Problem } from '../problem-schema.js';
import { CURRENCIES, PAYMENT_EVENT_NAMES, PAYMENT_STATES, USER_FLOWS } from '../../domain/payments/states.js';

const Enum = <T extends readonly string[]>(values: T, opts: object = {}) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...opts });
/** A JSON schema or null; T is what a valid value reads as in handlers. */
const Nullable = <T = unknown>(s: object) => Type.Unsafe<T | null>({ anyOf: [s, { type: 'null' }] });

export const Reference = Type.String({ pattern: '^[a-zA-Z0-9-]{8,50}$', minLength: 8, maxLength: 50, description: 'Unique per sales unit: 8–50 of a-z, A-Z, 0-9 and -' });
export const Amount = Type.Object(
  { currency: Enum(CURRENCIES), value: Type.Integer({ minimum: 0, maximum: 65_000_000, description: 'Minor units: 1000 is 10.00' }) },
  { additionalProperties: false },
);

const Customer = Type.Object(
  {
    phoneNumber: Type.Optional(Type.String({ pattern: '^\\d{10,15}$', minLength: 10, maxLength: 15, description: 'MSISDN, like 4791234567' })),
    personalQr: Type.Optional(Type.String({ minLength: 5, maxLength: 255 })),
    customerToken: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  },
  { additionalProperties: false },
);

const UnitInfo = Type.Object(
  { unitPrice: Nullable({ type: 'integer' }), quantity: Type.String({ maxLength: 50 }), quantityUnit: Type.Optional(Enum(['PCS', 'KG', 'KM', 'MINUTE', 'LITRE', 'KWH'])) },
  { additionalProperties: false },
);

const OrderLine = Type.Object({
  name: Type.String({ minLength: 1 }),
  id: Type.String({ minLength: 1 }),
  totalAmount: Type.Integer(),
  totalAmountExcludingTax: Type.Integer(),
  totalTaxAmount: Type.Integer(),
  taxPercentage: Type.Optional(Nullable({ type: 'number', minimum: 0, maximum: 100 })),
  taxRate: Type.Optional(Nullable({ type: 'integer', minimum: 0, maximum: 10000 })),
  unitInfo: Type.Optional(UnitInfo),
  discount: Type.Optional(Nullable({ type: 'integer' })),
  productUrl: Type.Optional(Nullable({ type: 'string' })),
  isReturn: Type.Optional(Nullable({ type: 'boolean' })),
  isShipping: Type.Optional(Nullable({ type: 'boolean' })),
}, { additionalProperties: false });

const NullableInt = () => Type.Optional(Nullable({ type: 'integer' }));
const BottomLine = Type.Object(
  {
    currency: Enum(CURRENCIES),
    tipAmount: NullableInt(),
    giftCardAmount: NullableInt(),
    posId: Type.Optional(Nullable({ type: 'string', maxLength: 100 })),
    totalAmount: NullableInt(),
    totalTax: NullableInt(),
    totalDiscount: NullableInt(),
    shippingAmount: NullableInt(),
    shippingInfo: Type.Optional(
      Type.Object(
        { amount: Nullable({ type: 'integer' }), amountExcludingTax: Nullable({ type: 'integer' }), taxAmount: Nullable({ type: 'integer' }), taxPercentage: Nullable({ type: 'number', minimum: 0, maximum: 100 }) },
        { additionalProperties: false },
      ),
    ),
    paymentSources: Type.Optional(Type.Object({ giftCard: NullableInt(), card: NullableInt(), voucher: NullableInt(), cash: NullableInt() }, { additionalProperties: false })),
    barcode: Type.Optional(Type.Object({ format: Enum(['EAN-13', 'CODE 39', 'CODE 128']), data: Nullable({ type: 'string', maxLength: 200 }) }, { additionalProperties: false })),
    receiptNumber: Type.Optional(Nullable({ type: 'string', maxLength: 100 })),
    terminalId: Type.Optional(Nullable({ type: 'string', maxLength: 100 })),
  },
  { additionalProperties: false },
);

const Receipt = Type.Object({
  orderLines: Type.Array(OrderLine),
  bottomLine: BottomLine,
}, { additionalProperties: false });

const Metadata = Type.Unsafe<Record<string, string> | null>({
  type: ['object', 'null'],
  maxProperties: 5,
  propertyNames: { maxLength: 100 },
  additionalProperties: { type: 'string', maxLength: 500 },
  description: 'At most 5 pairs; keys at most 100 characters, values at most 500',
});

const AirlineData = Type.Object({
  agencyInvoiceNumber: Type.String({ minLength: 1, maxLength: 6 }),
  airlineCode: Type.String({ minLength: 3, maxLength: 3 }),
  airlineDesignatorCode: Type.String({ minLength: 2, maxLength: 2 }),
  passengerName: Type.String({ minLength: 1, maxLength: 49 }),
  ticketNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 150 })),
});

export const CreatePaymentRequest = Type.Object(
  {
    amount: Amount,
    customer: Type.Optional(Customer),
    minimumUserAge: Type.Optional(Nullable<number>({ type: 'integer', minimum: 0, maximum: 150, description: 'The payer must be at least this many years old' })),
    customerInteraction: Type.Optional(Enum(['CUSTOMER_PRESENT', 'CUSTOMER_NOT_PRESENT'], { default: 'CUSTOMER_NOT_PRESENT' })),
    industryData: Type.Optional(Type.Object({ airlineData: Type.Optional(AirlineData) }, { additionalProperties: false })),
    paymentMethod: Type.Object({ type: Enum(['WALLET', 'CARD']) }, { additionalProperties: false }),
    profile: Type.Optional(Type.Object({ scope: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false })),
    reference: Reference,
    returnUrl: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
    userFlow: Enum(USER_FLOWS),
    expiresAt: Type.Optional(Nullable<string>({ type: 'string', maxLength: 40 })),
    qrFormat: Type.Optional(
      Nullable<{ format: string; size?: number | null }>({
        type: 'object',
        additionalProperties: false,
        required: ['format'],
        properties: {
          format: { type: 'string', enum: ['TEXT/TARGETURL', 'IMAGE/SVG+XML', 'IMAGE/PNG'], default: 'IMAGE/SVG+XML' },
          size: { anyOf: [{ type: 'integer', minimum: 100, maximum: 2000 }, { type: 'null' }] },
        },
      }),
    ),
    paymentDescription: Type.Optional(Type.String({ minLength: 3, maxLength: 100 })),
    receipt: Type.Optional(Receipt),
    metadata: Type.Optional(Metadata),
    receiptUrl: Type.Optional(Nullable<string>({ type: 'string', maxLength: 2000 })),
  },
  { additionalProperties: false },
);

export const ModificationRequest = Type.Object({ modificationAmount: Amount }, { additionalProperties: false });
export const CancelRequest = Type.Object(
  { cancelTransactionOnly: Type.Optional(Type.Boolean({ description: 'Cancel only a payment the payer has not approved; an AUTHORIZED one keeps its reservation' })) },
  { additionalProperties: false },
);

export const ForceApproveRequest = Type.Object(
  { customer: Type.Optional(Customer), token: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);

const AmountOut = Type.Object({ currency: Type.String(), value: Type.Integer() });
const Aggregate = Type.Object({ authorizedAmount: AmountOut, cancelledAmount: AmountOut, capturedAmount: AmountOut, refundedAmount: AmountOut });
const MetadataOut = Type.Unsafe<Record<string, string>>({ type: 'object', additionalProperties: { type: 'string' } });

export const CreatePaymentResponse = Type.Object({ redirectUrl: Type.Optional(Type.String()), reference: Type.String() });

export const GetPaymentResponse = Type.Object({
  aggregate: Aggregate,
  amount: AmountOut,
  state: Enum(PAYMENT_STATES),
  paymentMethod: Type.Object({ type: Type.String(), cardBin: Type.Optional(Type.String()) }),
  profile: Type.Object({ sub: Type.Optional(Type.String()) }),
  pspReference: Type.String(),
  redirectUrl: Type.Optional(Type.String()),
  reference: Type.String(),
  metadata: Type.Optional(MetadataOut),
});

export const ModificationResponse = Type.Object({
  amount: AmountOut,
  state: Enum(PAYMENT_STATES),
  aggregate: Aggregate,
  pspReference: Type.String(),
  reference: Type.String(),
});

export const PaymentEvent = Type.Object({
  reference: Type.String(),
  pspReference: Type.String(),
  name: Enum(PAYMENT_EVENT_NAMES),
  amount: AmountOut,
  timestamp: Type.String({ format: 'date-time' }),
  idempotencyKey: Type.Union([Type.String(), Type.Null()]),
  success: Type.Boolean(),
});

const IdempotencyKey = Type.String({ minLength: 1, maxLength: 50, description: 'Makes retries safe: the same key and request give the first result again' });

/** Headers of modifying calls: the Idempotency-Key is required (and the Vipps-System ones). */
export const ModifyingHeaders = Type.Object({ 'idempotency-key': IdempotencyKey, ...SystemHeaders });
export const ReadingHeaders = Type.Object({ ...SystemHeaders });

export const ReferenceParams = Type.Object({ reference: Reference });

export const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

export const routeConfig = { api: 'epayment', errorFormat: 'problem' } as const;
