// The life of a product order, and how its status reads in the Management API.
import { conflict } from '../errors.js';

export const PRODUCT_ORDER_STATUSES = ['CREATED', 'OPENED', 'SUBMITTED', 'PROCESSING', 'AWAITING-CUSTOMER', 'APPROVED', 'STOPPED'] as const;
export type ProductOrderStatus = (typeof PRODUCT_ORDER_STATUSES)[number];

/** The spec's `prefillStatus` values. */
export const PREFILL_STATUSES = ['ACCESSED', 'RECEIVED', 'PROCESSING', 'WAITING_FOR_MERCHANT', 'COMPLETED'] as const;
export type PrefillStatus = (typeof PREFILL_STATUSES)[number];

/**
 * Our statuses in the spec's vocabulary. RECEIVED: the pre-fill was received and nobody has
 * opened it yet. ACCESSED: the merchant opened the link. Once submitted the order is being
 * processed. APPROVED and STOPPED both read COMPLETED: a decline is told to the merchant
 * only, never to the partner.
 */
export const PREFILL_STATUS_OF: Record<ProductOrderStatus, PrefillStatus> = {
  CREATED: 'RECEIVED',
  OPENED: 'ACCESSED',
  SUBMITTED: 'PROCESSING',
  PROCESSING: 'PROCESSING',
  'AWAITING-CUSTOMER': 'WAITING_FOR_MERCHANT',
  APPROVED: 'COMPLETED',
  STOPPED: 'COMPLETED',
};

/** Which status each status may move to. */
const NEXT: Record<ProductOrderStatus, readonly ProductOrderStatus[]> = {
  CREATED: ['OPENED', 'SUBMITTED', 'STOPPED'],
  OPENED: ['SUBMITTED', 'STOPPED'],
  SUBMITTED: ['PROCESSING', 'AWAITING-CUSTOMER', 'APPROVED', 'STOPPED'],
  PROCESSING: ['AWAITING-CUSTOMER', 'APPROVED', 'STOPPED'],
  'AWAITING-CUSTOMER': ['PROCESSING', 'APPROVED', 'STOPPED'],
  APPROVED: [],
  STOPPED: [],
};

export function canMove(from: ProductOrderStatus, to: ProductOrderStatus): boolean {
  return NEXT[from].includes(to);
}

/** Throws why a product order cannot move from `from` to `to`. */
export function assertCanMove(id: string, from: ProductOrderStatus, to: ProductOrderStatus): void {
  if (!canMove(from, to)) {
    throw conflict(`Product order ${id} is ${from} and cannot become ${to}.`, 'Product order in the wrong state');
  }
}

/** The creator may delete an order until the merchant has submitted it. */
export const DELETABLE: readonly ProductOrderStatus[] = ['CREATED', 'OPENED'];

/** The timestamp column each status sets. */
export const STATUS_TIME_COLUMN = {
  OPENED: 'opened_at',
  SUBMITTED: 'submitted_at',
  PROCESSING: 'processing_at',
  'AWAITING-CUSTOMER': 'awaiting_customer_at',
  APPROVED: 'approved_at',
  STOPPED: 'stopped_at',
} as const;
