// A sales unit's facts as the APIs act on them, mapped in one place from the unit as the
// store reads it (UnitView: its row with its merchant's status and org number).
import type { UnitAccessFacts } from '../access/authorize-unit.js';
import type { UnitView } from '../merchants/merchant-views.js';

/** What deciding access needs of a stored unit. */
export type StoredUnit = Pick<UnitView, 'msn' | 'merchant_id' | 'partner_id' | 'status' | 'merchant_status' | 'payment_allowed'>;

export interface UnitFacts extends UnitAccessFacts {
  name: string;
  /** The unit's permissions that payments consult (see domain/payments/unit-permissions.ts). */
  captureType: string;
  skipLandingPage: boolean;
  longLivingAllowed: boolean;
  /** The unit may use the Recurring API. */
  recurringAllowed: boolean;
  /** The unit may send payment requests straight to the app (skipLandingPage). */
  skipLandingPageAllowed: boolean;
}

export function unitFacts(u: StoredUnit): UnitAccessFacts {
  return {
    msn: u.msn,
    merchantId: u.merchant_id,
    partnerId: u.partner_id,
    unitActive: u.status === 'ACTIVE',
    merchantActive: u.merchant_status === 'ACTIVE',
    paymentAllowed: u.payment_allowed === 1,
  };
}

export function unitFactsOf(u: UnitView): UnitFacts {
  return {
    ...unitFacts(u),
    name: u.name,
    captureType: u.capture_type,
    skipLandingPage: u.skip_landing_page === 1,
    longLivingAllowed: u.long_living_allowed === 1,
    recurringAllowed: u.recurring_allowed === 1,
    skipLandingPageAllowed: u.skip_landing_page === 1,
  };
}
