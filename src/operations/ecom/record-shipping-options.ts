// What the merchant answered to the shipping-details request (or why it did not), kept on
// the order while the payer chooses. A payment that moved on meanwhile is left alone.
import type { ShippingOption } from '../../domain/ecom/ecom-payment.js';
import type { Db } from '../../store/db.js';
import { updatePendingEcomFacts } from '../../store/ecom-payments-repo.js';
import { findPaymentById } from '../../store/payments-repo.js';

export async function recordShippingOptions(o: { db: Db; paymentId: string; options?: ShippingOption[]; problem?: string; now: number }): Promise<void> {
  await o.db.transaction().execute(async (tx) => {
    const p = await findPaymentById(tx, o.paymentId);
    if (!p?.ecom || p.state !== 'CREATED') return;
    await updatePendingEcomFacts(tx, { id: p.id, now: o.now, ecom: { ...p.ecom, shippingOptions: o.options, shippingProblem: o.problem } });
  });
}
