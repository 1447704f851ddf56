// The event types the Webhooks API documents. ePayment events are delivered by vpp today;
// the others may be registered (as on the real platform) and fire once their API emits them.
import type { PaymentEventName } from '../payments/states.js';

export const EPAYMENT_EVENT_TYPES: Record<PaymentEventName, string> = {
  CREATED: 'epayments.payment.created.v1',
  ABORTED: 'epayments.payment.aborted.v1',
  EXPIRED: 'epayments.payment.expired.v1',
  CANCELLED: 'epayments.payment.cancelled.v1',
  CAPTURED: 'epayments.payment.captured.v1',
  REFUNDED: 'epayments.payment.refunded.v1',
  AUTHORIZED: 'epayments.payment.authorized.v1',
  TERMINATED: 'epayments.payment.terminated.v1',
};

export const WEBHOOK_EVENT_TYPES: readonly string[] = [
  ...Object.values(EPAYMENT_EVENT_TYPES),
  'recurring.agreement-activated.v1',
  'recurring.agreement-rejected.v1',
  'recurring.agreement-stopped.v1',
  'recurring.agreement-expired.v1',
  'recurring.charge-reserved.v1',
  'recurring.charge-captured.v1',
  'recurring.charge-canceled.v1',
  'recurring.charge-failed.v1',
  'user.checked-in.v1',
];

/** At most this many webhooks may be registered for one event type (per owner). */
export const MAX_WEBHOOKS_PER_EVENT = 5;

export const eventTypeOf = (name: string): string | undefined => EPAYMENT_EVENT_TYPES[name as PaymentEventName];
