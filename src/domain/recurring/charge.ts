// A Recurring charge: one payment on an agreement, attempted on its due date.
export const CHARGE_STATUSES = ['PENDING', 'DUE', 'RESERVED', 'CHARGED', 'PARTIALLY_CAPTURED', 'FAILED', 'CANCELLED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'PROCESSING'] as const;
export type ChargeStatus = (typeof CHARGE_STATUSES)[number];

export const CHARGE_TYPES = ['INITIAL', 'RECURRING', 'UNSCHEDULED'] as const;
export type ChargeType = (typeof CHARGE_TYPES)[number];

export const TRANSACTION_TYPES = ['DIRECT_CAPTURE', 'RESERVE_CAPTURE'] as const;
export type TransactionType = (typeof TRANSACTION_TYPES)[number];

export const FAILURE_REASONS = ['user_action_required', 'charge_amount_too_high', 'non_technical_error', 'technical_error'] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

export const CHARGE_EVENTS = ['CREATE', 'RESERVE', 'CAPTURE', 'REFUND', 'CANCEL', 'FAIL'] as const;
export type ChargeEventName = (typeof CHARGE_EVENTS)[number];

export interface Charge {
  id: string;
  msn: string;
  agreementId: string;
  type: ChargeType;
  transactionType: TransactionType;
  status: ChargeStatus;
  currency: string;
  amount: number;
  /** Held on the payer's card (RESERVE_CAPTURE), minor units. */
  reserved: number;
  captured: number;
  refunded: number;
  cancelled: number;
  description: string;
  /** YYYY-MM-DD. */
  due: string;
  retryDays: number;
  externalId: string | null;
  failureReason: FailureReason | null;
  failureDescription: string | null;
  /** When the processor may next attempt it; null when nothing is left to attempt. */
  nextAttemptAt: number | null;
  /** The last moment an attempt may be made (due date + retryDays). */
  lastAttemptAt: number;
  /** When a cancel was asked for while the charge was PROCESSING: enacted when the attempt ends. */
  cancelRequestedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface ChargeEvent {
  event: ChargeEventName;
  amount: number;
  idempotencyKey: string | null;
  success: boolean;
  at: number;
}
