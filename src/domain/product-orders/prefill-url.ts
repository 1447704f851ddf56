// Where the merchant opens a pre-filled product order in vpp's merchant portal.
import type { PRODUCT_TYPES } from '../world/world-schema.js';

export const PRODUCT_SLUG: Record<(typeof PRODUCT_TYPES)[number], string> = {
  VIPPS_PA_NETT: 'vippspanett',
  VIPPS_LOGG_INN: 'vippslogginn',
  VIPPS_CHECKOUT: 'vippscheckout',
  VIPPS_I_KASSA: 'vippsikasse',
};

export function prefillUrl(o: { publicUrl: string; productType: string; id: string }): string {
  const slug = PRODUCT_SLUG[o.productType as keyof typeof PRODUCT_SLUG] ?? 'vippspanett';
  return `${o.publicUrl}/portal/register/${slug}/${o.id}`;
}
