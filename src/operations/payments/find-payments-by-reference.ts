// The payments with a reference, in whichever sales unit: the simulation's `vpp pay
// REFERENCE` names a payment without its MSN.
import type { Db } from '../../store/db.js';
import { listPaymentsWithReference } from '../../store/payments-repo.js';
import { unitNames } from '../../store/units-repo.js';
import type { NamedPayment } from '../simulation/payer-view.js';

export interface FindPaymentsByReferenceOptions {
  db: Db;
  reference: string;
}

export async function findPaymentsByReference(o: FindPaymentsByReferenceOptions): Promise<NamedPayment[]> {
  const found = await listPaymentsWithReference(o.db, o.reference);
  const names = await unitNames(o.db, found.map((p) => p.msn));
  return found.map((payment) => ({ payment, unitName: names.get(payment.msn) }));
}
