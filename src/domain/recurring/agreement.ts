// A Recurring agreement: the payer's consent to be charged for a product at an interval.
export const AGREEMENT_STATUSES = ['PENDING', 'ACTIVE', 'STOPPED', 'EXPIRED'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const INTERVAL_UNITS = ['YEAR', 'MONTH', 'WEEK', 'DAY'] as const;
export type IntervalUnit = (typeof INTERVAL_UNITS)[number];

export interface TimePeriod {
  unit: IntervalUnit;
  count: number;
}

export const CAMPAIGN_TYPES = ['PRICE_CAMPAIGN', 'PERIOD_CAMPAIGN', 'EVENT_CAMPAIGN', 'FULL_FLEX_CAMPAIGN'] as const;
export type CampaignType = (typeof CAMPAIGN_TYPES)[number];

export interface Campaign {
  type: CampaignType;
  price: number;
  end?: string;
  period?: TimePeriod;
  interval?: TimePeriod;
  eventDate?: string;
  eventText?: string;
}

export interface InitialCharge {
  amount: number;
  description: string;
  transactionType: 'DIRECT_CAPTURE' | 'RESERVE_CAPTURE';
  orderId?: string;
  externalId?: string;
}

export interface Agreement {
  id: string;
  uuid: string;
  msn: string;
  status: AgreementStatus;
  pricingType: 'LEGACY' | 'VARIABLE';
  currency: string;
  /** LEGACY: the price per interval, minor units. */
  amount: number | null;
  /** VARIABLE: what the merchant suggests as the payer's max amount. */
  suggestedMaxAmount: number | null;
  /** VARIABLE: what the payer chose when accepting. */
  maxAmount: number | null;
  interval: TimePeriod;
  productName: string;
  productDescription: string | null;
  merchantAgreementUrl: string;
  merchantRedirectUrl: string;
  /** The phone number the merchant named, if any. */
  phoneNumber: string | null;
  /** The phone number that accepted or rejected. */
  payerPhone: string | null;
  scope: string | null;
  sub: string | null;
  externalId: string | null;
  campaign: Campaign | null;
  initialCharge: InitialCharge | null;
  initialChargeId: string | null;
  skipLandingPage: boolean;
  isApp: boolean;
  /** Capability in vippsConfirmationUrl: whoever holds it may answer as the payer. */
  confirmationToken: string;
  createdAt: number;
  startAt: number | null;
  stopAt: number | null;
  /** A PENDING agreement not accepted by then is EXPIRED. */
  expiresAt: number;
  updatedAt: number;
}

/** A new agreement waits this long for the payer before it expires (the guide: 10 minutes). */
export const PENDING_LIFETIME_MS = 10 * 60 * 1000;

/** The Norwegian text the app shows for an interval, as in the API's `interval.text`. */
export function intervalText(p: TimePeriod): string {
  const word: Record<IntervalUnit, [string, string]> = { DAY: ['hver', 'dag'], WEEK: ['hver', 'uke'], MONTH: ['hver', 'måned'], YEAR: ['hvert', 'år'] };
  const [every, unit] = word[p.unit];
  return p.count === 1 ? `${every} ${unit}` : `${every} ${p.count}. ${unit}`;
}
