// The access facts of a sales unit as read from the store.
import type { UnitAccessFacts } from '../access/authorize-unit.js';

export interface StoredUnit {
  msn: string;
  merchant_id: string;
  partner_id: string | null;
  status: string;
  merchant_status: string;
  payment_allowed: number;
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
