// How eCom shows a payer and the chosen shipping (callbacks and /details).
import type { VippsUser } from '../payers/vipps-user.js';
import type { Payment } from '../payments/payment.js';
import { mobileNumberOf } from './check-initiate.js';
import { isExpress } from './ecom-payment.js';
import { subjectAtUnit } from '../payments/payer.js';

export interface EcomUserDetails {
  email: string;
  firstName: string;
  lastName: string;
  mobileNumber: string;
  userId: string;
}

/** The payer as the merchant's unit sees them: userId is the unit's sub for the person. */
export function userDetailsOf(user: VippsUser, msn: string): EcomUserDetails {
  return { email: user.email, firstName: user.firstName, lastName: user.lastName, mobileNumber: mobileNumberOf(user.phone), userId: subjectAtUnit(user.phone, msn) };
}

/** Express payments and payments asking for a profile scope share the payer's details. */
export const sharesUserDetails = (p: Payment) => !!p.ecom && (isExpress(p.ecom) || p.profileScope !== null);

/** The chosen shipping in the callback's words (zipCode, not postCode). */
export function shippingDetailsOf(p: Payment) {
  const s = p.ecom?.shipping;
  if (!s) return undefined;
  return { address: s.address, shippingCost: s.shippingCost, shippingMethod: s.shippingMethod, shippingMethodId: s.shippingMethodId };
}
