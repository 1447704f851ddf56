// The steps the merchant portal and the back office take on a product order.
import type { Queryable } from '../../store/db.js';
import { moveProductOrderTo } from './move-product-order.js';

type Step = { db: Queryable; id: string; now: number };

/** The merchant opened the pre-fill link (only the first time counts). */
export const markProductOrderOpened = (o: Step) => moveProductOrderTo({ ...o, to: 'OPENED' });
/** The merchant clicked "Send". */
export const markProductOrderSubmitted = (o: Step) => moveProductOrderTo({ ...o, to: 'SUBMITTED' });
/** The back office started processing, or resumed after the merchant answered. */
export const markProductOrderProcessing = (o: Step) => moveProductOrderTo({ ...o, to: 'PROCESSING' });
/** The back office asked the merchant for more information. */
export const markProductOrderAwaitingCustomer = (o: Step) => moveProductOrderTo({ ...o, to: 'AWAITING-CUSTOMER' });
/** Approved: the sales unit `msn` was created. */
export const markProductOrderApproved = (o: Step & { msn: string }) => moveProductOrderTo({ ...o, to: 'APPROVED' });
/** Declined or cancelled, with the reason (told to the merchant only). */
export const markProductOrderStopped = (o: Step & { reason: string }) => moveProductOrderTo({ ...o, to: 'STOPPED' });
