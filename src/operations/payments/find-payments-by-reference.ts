// The payments with a reference, in whichever sales unit: the simulation's `vpp pay
// REFERENCE` names a payment without its MSN.
import type { Payment } from '../../domain/payments/payment.js';
import type { Db } from '../../store/db.js';
import { listPaymentsWithReference } from '../../store/payments-repo.js';

export interface FindPaymentsByReferenceOptions {
  db: Db;
  reference: string;
}

export async function findPaymentsByReference(o: FindPaymentsByReferenceOptions): Promise<Payment[]> {
  return listPaymentsWithReference(o.db, o.reference);
}
