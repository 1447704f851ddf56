// The eCom API v2's request and response schemas (from its OpenAPI spec, version 2.0.3).
import Type from 'typebox';
import { SystemHeaders } from '../system-headers.js';
import { ECOM_PAYMENT_TYPES } from '../../domain/ecom/ecom-payment.js';
import { LOG_OPERATIONS } from '../../domain/ecom/words.js';

const Enum = <const T extends readonly string[]>(values: T, opts: object = {}) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...opts });

export const OrderId = Type.String({ pattern: '^[a-zA-Z0-9-]{1,50}$', maxLength: 50, description: 'Unique per sales unit: 1–50 of a-z, A-Z, 0-9 and -' });
const Msn = Type.String({ pattern: '^\\d{5,6}$', description: 'The sales unit (MSN)' });
const Url = (description: string) => Type.String({ minLength: 1, maxLength: 255, description });
/** Amounts in øre; at least 1 NOK. */
const Amount = Type.Integer({ minimum: 100, description: 'Minor units (øre): 49900 is 499 kr' });

const ShippingOption = Type.Object({
  isDefault: Enum(['Y', 'N']),
  priority: Type.Optional(Type.Integer()),
  shippingCost: Type.Number({ minimum: 0, description: 'In kroner, not øre' }),
  shippingMethod: Type.String({ minLength: 1, maxLength: 256 }),
  shippingMethodId: Type.String({ minLength: 1, maxLength: 100 }),
});

export const InitiateRequest = Type.Object({
  customerInfo: Type.Object({ mobileNumber: Type.Optional(Type.String({ maxLength: 20, description: '8 digits, like 91234567' })) }),
  merchantInfo: Type.Object({
    merchantSerialNumber: Msn,
    callbackPrefix: Url('vpp POSTs the callback to {callbackPrefix}/v2/payments/{orderId}'),
    fallBack: Url('Where the payer is sent after acting: https, or an app link'),
    authToken: Type.Optional(Type.String({ maxLength: 255, description: 'Sent back as the Authorization header of callbacks and shipping-details requests' })),
    isApp: Type.Optional(Type.Boolean({ default: false })),
    paymentType: Type.Optional(Enum(ECOM_PAYMENT_TYPES, { default: 'eComm Regular Payment' })),
    consentRemovalPrefix: Type.Optional(Url('Express: DELETE {consentRemovalPrefix}/v2/consents/{userId}')),
    shippingDetailsPrefix: Type.Optional(Url('Express: POST {shippingDetailsPrefix}/v2/payments/{orderId}/shippingDetails')),
    staticShippingDetails: Type.Optional(Type.Array(ShippingOption, { maxItems: 50 })),
  }),
  transaction: Type.Object({
    orderId: OrderId,
    amount: Amount,
    transactionText: Type.String({ minLength: 1, maxLength: 100 }),
    skipLandingPage: Type.Optional(Type.Boolean({ default: false })),
    scope: Type.Optional(Type.String({ maxLength: 200 })),
    useExplicitCheckoutFlow: Type.Optional(Type.Boolean({ default: false })),
    additionalData: Type.Optional(Type.Object({}, { additionalProperties: true })),
  }),
});

export const InitiateResponse = Type.Object({ orderId: Type.String(), url: Type.String() });

const MerchantInfoPayment = Type.Object({ merchantSerialNumber: Msn });

export const ActionRequest = Type.Object({
  merchantInfo: MerchantInfoPayment,
  transaction: Type.Object({
    amount: Type.Optional(Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { description: 'Øre; left out, null or 0 is everything that is left' })),
    transactionText: Type.String({ minLength: 1, maxLength: 100 }),
  }),
});

export const CancelRequest = Type.Object({
  merchantInfo: MerchantInfoPayment,
  transaction: Type.Object({ transactionText: Type.String({ minLength: 1, maxLength: 100 }) }),
  shouldReleaseRemainingFunds: Type.Optional(Type.Boolean({ default: false })),
});

export const ForceApproveRequest = Type.Object({
  customerPhoneNumber: Type.Optional(Type.String({ pattern: '^\\d{8}$' })),
  token: Type.Optional(Type.String({ maxLength: 500 })),
});

const TransactionInfo = Type.Object({ amount: Type.Integer(), status: Type.String(), timeStamp: Type.String(), transactionId: Type.String(), transactionText: Type.String() });
const TransactionSummary = Type.Object({ capturedAmount: Type.Integer(), refundedAmount: Type.Integer(), remainingAmountToCapture: Type.Integer(), remainingAmountToRefund: Type.Integer() });

export const TransactionResponse = Type.Object({ orderId: Type.String(), transactionInfo: TransactionInfo, transactionSummary: TransactionSummary });
export const RefundResponse = Type.Object({ orderId: Type.String(), transaction: TransactionInfo, transactionSummary: TransactionSummary });

const Address = Type.Object({ addressLine1: Type.String(), addressLine2: Type.Optional(Type.String()), city: Type.String(), country: Type.String(), zipCode: Type.String() });

export const DetailsResponse = Type.Object({
  orderId: Type.String(),
  shippingDetails: Type.Optional(Type.Object({ address: Address, shippingCost: Type.Number(), shippingMethod: Type.String(), shippingMethodId: Type.String() })),
  transactionLogHistory: Type.Array(
    Type.Object({
      amount: Type.Integer(),
      operation: Enum(LOG_OPERATIONS),
      operationSuccess: Type.Boolean(),
      requestId: Type.String(),
      timeStamp: Type.String(),
      transactionId: Type.String(),
      transactionText: Type.String(),
    }),
  ),
  transactionSummary: Type.Optional(TransactionSummary),
  userDetails: Type.Optional(Type.Object({ email: Type.String(), firstName: Type.String(), lastName: Type.String(), mobileNumber: Type.String(), userId: Type.String() })),
  sub: Type.Optional(Type.String()),
});

export const StatusResponse = Type.Object({
  orderId: Type.String(),
  transactionInfo: Type.Object({ amount: Type.Integer(), status: Type.String(), timeStamp: Type.String(), transactionId: Type.String() }),
});

const EcomErrorItem = Type.Object({ errorGroup: Type.String(), errorCode: Type.String(), errorMessage: Type.String(), contextId: Type.Optional(Type.String()) });
export const EcomErrors = Type.Array(EcomErrorItem);
export const errors = { 400: EcomErrors, 401: EcomErrors, 403: EcomErrors, 404: EcomErrors, 409: EcomErrors };

export const RequestIdHeaders = Type.Object({
  'x-request-id': Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: 'Idempotency: unique per MSN, orderId and endpoint; required for a partial amount' })),
  'merchant-serial-number': Type.Optional(Type.String({ maxLength: 6 })),
  ...SystemHeaders,
});
export const Headers = Type.Object({ 'merchant-serial-number': Type.Optional(Type.String({ maxLength: 6 })), ...SystemHeaders });

export const OrderParams = Type.Object({ orderId: OrderId });

export const routeConfig = { api: 'ecom', errorFormat: 'ecom' } as const;
