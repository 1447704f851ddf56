// A merchant's sales unit as the portal shows it: its partner and its own API keys.
import type { listUnitsOfMerchant } from '../../store/portal-units-repo.js';

export interface PortalUnit {
  msn: string;
  name: string;
  status: string;
  merchantId: string;
  partnerId: string | null;
  partnerName: string | null;
  /** The unit's own (merchant) key set, if it has one yet. */
  keySetId: string | null;
  keysUpdatedAt: number | null;
}

type PortalUnitRow = Awaited<ReturnType<typeof listUnitsOfMerchant>>[number];

export function portalUnitOf(row: PortalUnitRow): PortalUnit {
  return {
    msn: row.msn,
    name: row.name,
    status: row.status,
    merchantId: row.merchant_id,
    partnerId: row.partner_id,
    partnerName: row.partner_name,
    keySetId: row.key_set_id,
    keysUpdatedAt: row.keys_updated_at === null ? null : Number(row.keys_updated_at),
  };
}
