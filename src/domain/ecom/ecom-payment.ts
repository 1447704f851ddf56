// What only the eCom API knows about a payment, kept with the shared payment.

export const ECOM_PAYMENT_TYPES = ['eComm Regular Payment', 'eComm Express Payment'] as const;
export type EcomPaymentType = (typeof ECOM_PAYMENT_TYPES)[number];

/** A shipping option as the merchant offers it; `shippingCost` is in kroner, not øre. */
export interface ShippingOption {
  isDefault: 'Y' | 'N';
  priority?: number;
  shippingCost: number;
  shippingMethod: string;
  shippingMethodId: string;
}

/** The address the payer ships to, in the callback's words. */
export interface ShippingAddress {
  addressLine1: string;
  addressLine2?: string;
  city: string;
  country: string;
  zipCode: string;
}

export interface ChosenShipping {
  address: ShippingAddress;
  shippingCost: number;
  shippingMethod: string;
  shippingMethodId: string;
}

export interface EcomFacts {
  paymentType: EcomPaymentType;
  callbackPrefix: string;
  fallBack: string;
  isApp: boolean;
  consentRemovalPrefix: string | null;
  shippingDetailsPrefix: string | null;
  staticShippingDetails: ShippingOption[] | null;
  transactionText: string;
  skipLandingPage: boolean;
  useExplicitCheckoutFlow: boolean;
  /** The unit captured directly when the order was initiated: approval is a SALE. */
  directCapture?: boolean;
  /** The payer (Express): who was asked for shipping options, and what the merchant offered. */
  expressPhone?: string;
  shippingOptions?: ShippingOption[];
  /** Why the merchant's options are missing (it failed or did not answer in time). */
  shippingProblem?: string;
  shipping?: ChosenShipping;
}

export const isExpress = (e: Pick<EcomFacts, 'paymentType'>) => e.paymentType === 'eComm Express Payment';

/** The options the payer chooses from: static ones if given, else what the merchant answered. */
export function shippingOptionsOf(e: EcomFacts): ShippingOption[] | undefined {
  const list = e.staticShippingDetails ?? e.shippingOptions;
  if (!list) return undefined;
  return [...list].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0));
}

/** Shipping cost in kroner → minor units (the reserved amount includes shipping). */
export const shippingMinorUnits = (kroner: number) => Math.round(kroner * 100);
