// The one place where the shared payment engine's words become eCom's: ePayment's
// `reference` is eCom's `orderId`, AUTHORIZED is RESERVE(D), and each event of the shared
// log is an operation of eCom's transaction log.
import type { Payment, PaymentEvent } from '../payments/payment.js';
import { isExpress, type EcomFacts } from './ecom-payment.js';

export const orderIdOf = (p: Pick<Payment, 'reference'>) => p.reference;

export const LOG_OPERATIONS = ['INITIATE', 'RESERVE', 'SALE', 'CAPTURE', 'REFUND', 'CANCEL', 'VOID'] as const;
export type LogOperation = (typeof LOG_OPERATIONS)[number];

/**
 * The transaction log operation of a shared event. The payer rejecting, the payment timing
 * out and the merchant cancelling before approval are all CANCEL; the merchant cancelling a
 * reservation is VOID. (SALE, a direct capture, needs a sales unit set up for it: none is.)
 */
export function logOperationOf(eventName: string): LogOperation | undefined {
  switch (eventName) {
    case 'CREATED':
      return 'INITIATE';
    case 'AUTHORIZED':
      return 'RESERVE';
    case 'CAPTURED':
      return 'CAPTURE';
    case 'REFUNDED':
      return 'REFUND';
    case 'ABORTED':
    case 'EXPIRED':
    case 'TERMINATED':
      return 'CANCEL';
    case 'CANCELLED':
      return 'VOID';
    default:
      return undefined;
  }
}

/**
 * The status a callback reports for an event the payer caused (or a timeout), or undefined
 * when the event sends no callback. Regular payments say RESERVED, Express ones RESERVE.
 */
export function callbackStatusOf(eventName: string, ecom: Pick<EcomFacts, 'paymentType'>): string | undefined {
  switch (eventName) {
    case 'AUTHORIZED':
      return isExpress(ecom) ? 'RESERVE' : 'RESERVED';
    case 'ABORTED':
      return 'CANCELLED';
    case 'EXPIRED':
      return 'REJECTED';
    default:
      return undefined;
  }
}

/** The status of the last transaction, for the deprecated /status endpoint. */
export function orderStatusOf(lastEventName: string): string {
  if (lastEventName === 'EXPIRED') return 'REJECTED';
  return logOperationOf(lastEventName) ?? 'INITIATE';
}

/**
 * eCom transaction ids are digits (`^\d{10,}$`): derived from the event's pspReference (a
 * UUID v7), so the same event always shows the same id. Its last 16 hex digits are random.
 */
export function transactionIdOf(pspReference: string): string {
  const hex = pspReference.replace(/-/g, '').slice(-15);
  return `5${BigInt(`0x${hex}`).toString().padStart(19, '0')}`;
}

export interface TransactionSummary {
  capturedAmount: number;
  refundedAmount: number;
  remainingAmountToCapture: number;
  remainingAmountToRefund: number;
}

export function transactionSummaryOf(p: Payment): TransactionSummary {
  const open = p.state === 'AUTHORIZED' && p.cancelled === 0;
  return {
    capturedAmount: p.captured,
    refundedAmount: p.refunded,
    remainingAmountToCapture: open ? p.authorized - p.captured : 0,
    remainingAmountToRefund: p.captured - p.refunded,
  };
}

export interface LogEntry {
  amount: number;
  operation: LogOperation;
  operationSuccess: boolean;
  requestId: string;
  timeStamp: string;
  transactionId: string;
  transactionText: string;
}

/** The transaction log, newest first, as /details shows it. */
export function transactionLogOf(events: PaymentEvent[], texts: Map<string, string>, defaultText: string): LogEntry[] {
  const out: LogEntry[] = [];
  for (const e of events) {
    const operation = logOperationOf(e.name);
    if (!operation) continue;
    out.push({
      amount: e.amount,
      operation,
      operationSuccess: e.success,
      requestId: e.idempotencyKey ?? '',
      timeStamp: new Date(e.createdAt).toISOString(),
      transactionId: transactionIdOf(e.pspReference),
      transactionText: texts.get(e.eventId) ?? defaultText,
    });
  }
  return out.reverse();
}
