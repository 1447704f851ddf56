// The documented payment states and event names of the ePayment API.

export const PAYMENT_STATES = ['CREATED', 'AUTHORIZED', 'ABORTED', 'EXPIRED', 'TERMINATED'] as const;
export type PaymentState = (typeof PAYMENT_STATES)[number];

export const PAYMENT_EVENT_NAMES = ['CREATED', 'ABORTED', 'EXPIRED', 'CANCELLED', 'CAPTURED', 'REFUNDED', 'AUTHORIZED', 'TERMINATED'] as const;
export type PaymentEventName = (typeof PAYMENT_EVENT_NAMES)[number];

export const CURRENCIES = ['NOK', 'DKK', 'EUR'] as const;
export type Currency = (typeof CURRENCIES)[number];

export const USER_FLOWS = ['PUSH_MESSAGE', 'NATIVE_REDIRECT', 'WEB_REDIRECT', 'QR'] as const;
export type UserFlow = (typeof USER_FLOWS)[number];

export interface Money {
  currency: string;
  value: number;
}

/** Final states: nothing more happens to the payment except money moves after AUTHORIZED. */
export const isPending = (state: string) => state === 'CREATED';
