// The products a merchant orders, as people name them, and the sales unit each becomes.
import { PRODUCT_SLUG } from '../product-orders/prefill-url.js';
import type { PRODUCT_TYPES } from '../world/world-schema.js';

type ProductType = (typeof PRODUCT_TYPES)[number];

export const PRODUCT_NAME: Record<ProductType, string> = {
  VIPPS_PA_NETT: 'Vipps på nett',
  VIPPS_CHECKOUT: 'Vipps Checkout',
  VIPPS_I_KASSA: 'Vipps i kassa',
  VIPPS_LOGG_INN: 'Vipps Logg inn',
};

export const productName = (t: string) => PRODUCT_NAME[t as ProductType] ?? t;

/** The product type of a portal slug (vippspanett → VIPPS_PA_NETT), or undefined. */
export function productOfSlug(slug: string): ProductType | undefined {
  return (Object.entries(PRODUCT_SLUG) as [ProductType, string][]).find(([, s]) => s === slug)?.[0];
}

/** Products sold on a website: their orders are checked for terms and the org number on the site. */
export const WEB_PRODUCTS: readonly string[] = ['VIPPS_PA_NETT', 'VIPPS_CHECKOUT'];

export interface UnitConfiguration {
  captureType: 'ReserveCapture' | 'DirectCapture' | 'NotApplicable';
  skipLandingPage: boolean;
  recurringAllowed: boolean;
  paymentAllowed: boolean;
}

/** How a new sales unit is configured for the product it was ordered for. */
export function unitConfigurationFor(productType: string): UnitConfiguration {
  switch (productType) {
    case 'VIPPS_LOGG_INN':
      // Login only: the unit cannot take payments.
      return { captureType: 'NotApplicable', skipLandingPage: false, recurringAllowed: false, paymentAllowed: false };
    case 'VIPPS_I_KASSA':
      // At the till the payer is present: the POS sends the payment to the phone directly.
      return { captureType: 'ReserveCapture', skipLandingPage: true, recurringAllowed: false, paymentAllowed: true };
    default:
      return { captureType: 'ReserveCapture', skipLandingPage: false, recurringAllowed: false, paymentAllowed: true };
  }
}
