// The one place where the shared payment engine's words become eCom's: ePayment's
// `reference` is eCom's `orderId`, AUTHORIZED is RESERVE(D) (or SALE on a unit with direct
// capture), and each event of the shared log is an operation of eCom's transaction log.
import { refusalDetailOf, type CardRefusal } from '../payments/card-refusal.js';
import type { Payment, PaymentEvent } from '../payments/payment.js';
import { isExpress, type EcomFacts } from './ecom-payment.js';

type Capture = Pick<EcomFacts, 'directCapture'> | null | undefined;
/** An order of a unit with direct capture: the payer's approval reserves and captures at once. */
const isSale = (ecom: Capture) => ecom?.directCapture === true;

export const orderIdOf = (p: Pick<Payment, 'reference'>) => p.reference;

export const LOG_OPERATIONS = ['INITIATE', 'RESERVE', 'SALE', 'CAPTURE', 'REFUND', 'CANCEL', 'VOID'] as const;
export type LogOperation = (typeof LOG_OPERATIONS)[number];

/**
 * The transaction log operation of a shared event. The payer rejecting, the payment timing
 * out and the merchant cancelling before approval are all CANCEL; the merchant cancelling a
 * reservation is VOID. With direct capture the approval is a SALE, and the capture the
 * engine logs with it is part of that SALE, not an entry of its own.
 */
export function logOperationOf(eventName: string, ecom?: Capture): LogOperation | undefined {
  switch (eventName) {
    case 'CREATED':
      return 'INITIATE';
    case 'AUTHORIZED':
      return isSale(ecom) ? 'SALE' : 'RESERVE';
    case 'CAPTURED':
      return isSale(ecom) ? undefined : 'CAPTURE';
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
 * when the event sends no callback. Regular payments say RESERVED, Express ones RESERVE,
 * direct capture SALE; a card that refused says RESERVE_FAILED (SALE_FAILED).
 */
export function callbackStatusOf(eventName: string, ecom: Pick<EcomFacts, 'paymentType' | 'directCapture'>, success = true): string | undefined {
  switch (eventName) {
    case 'AUTHORIZED':
      if (!success) return isSale(ecom) ? 'SALE_FAILED' : 'RESERVE_FAILED';
      return isSale(ecom) ? 'SALE' : isExpress(ecom) ? 'RESERVE' : 'RESERVED';
    case 'ABORTED':
      return 'CANCELLED';
    case 'EXPIRED':
      return 'REJECTED';
    default:
      return undefined;
  }
}

/** The status of the last transaction, for the deprecated /status endpoint. */
export function orderStatusOf(last: Pick<PaymentEvent, 'name' | 'success'>, ecom?: Capture): string {
  if (!last.success) return 'FAILED';
  if (last.name === 'EXPIRED') return 'REJECTED';
  if (last.name === 'CAPTURED' && isSale(ecom)) return 'SALE';
  return logOperationOf(last.name, ecom) ?? 'INITIATE';
}

/** eCom's error for a card that refused a reservation (the callback's errorInfo, force approve's answer). */
export function refusalErrorOf(refusal: CardRefusal): { errorGroup: 'Payment'; errorCode: string; errorMessage: string } {
  return { errorGroup: 'Payment', errorCode: REFUSAL_CODES[refusal], errorMessage: refusalDetailOf(refusal) };
}

const REFUSAL_CODES: Record<CardRefusal, string> = { no_valid_card: '41', issuer_refused: '42', amount_refused: '43', card_expired: '44', unknown: '45' };

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
export function transactionLogOf(events: PaymentEvent[], texts: Map<string, string>, defaultText: string, ecom?: Capture): LogEntry[] {
  const out: LogEntry[] = [];
  for (const e of events) {
    const operation = logOperationOf(e.name, ecom);
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
