// Completes a pre-filled product order as the merchant would in the portal: the company's
// CEO (or chair) sends the form with the values given (the partner's locked fields stay as
// pre-filled). The same rules as the portal apply: the company needs a merchant agreement,
// and missing fields are refused naming each.
import { conflict, notFound } from '../../domain/errors.js';
import { SIGNING_ROLES } from '../../domain/registry/roles.js';
import type { Db } from '../../store/db.js';
import { rolesOfOrganisation } from '../../store/registry-repo.js';
import { findLiveOrder, submitPrefilledOrder } from '../signup/submit-prefilled-order.js';

export interface SubmitPrefillAsMerchantOptions {
  db: Db;
  orderId: string;
  /** Form values by input name (salesUnitName, settlementBankAccount.id, intendedPurpose, …). */
  values: Record<string, string>;
  now: number;
}

export async function submitPrefillAsMerchant(o: SubmitPrefillAsMerchantOptions): Promise<{ orgno: string; submittedBy: string }> {
  const order = await findLiveOrder(o.db, o.orderId);
  const signer = (await rolesOfOrganisation(o.db, order.orgno))
    .filter((r) => SIGNING_ROLES.includes(r.role))
    .sort((a, b) => SIGNING_ROLES.indexOf(a.role) - SIGNING_ROLES.indexOf(b.role))[0];
  if (!signer) throw notFound(`The business registry names no CEO or chair of ${order.orgno}, so nobody can send this order.`);
  if (order.status !== 'CREATED' && order.status !== 'OPENED') throw conflict(`This product order was already sent (it is ${order.status}).`);
  const name = `${signer.first_name} ${signer.last_name}`;
  // A script is told plainly when another call sent it first (the portal shows the order instead).
  if ((await submitPrefilledOrder({ db: o.db, orderId: order.id, nin: signer.nin, personName: name, body: o.values, now: o.now })) === 'already-sent') {
    throw conflict('This product order was sent meanwhile by another request.');
  }
  return { orgno: order.orgno, submittedBy: name };
}
