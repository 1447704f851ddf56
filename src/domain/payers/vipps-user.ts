// A Vipps MobilePay user of the simulated app: the payer in ePayment, eCom and Recurring,
// and the person who logs in with the Login API. The world file describes them; a phone
// number that no world names still pays, as a user with default behaviour.
export const CARD_OUTCOMES = ['ok', 'insufficient_funds', 'card_expired', 'card_blocked', 'profile_deleted', 'technical_error'] as const;
export type CardOutcome = (typeof CARD_OUTCOMES)[number];

/** What the simulated payer does when a payment or agreement reaches their app. */
export const PAYER_BEHAVIOURS = ['ask', 'approve', 'reject', 'never-answer'] as const;
export type PayerBehaviour = (typeof PAYER_BEHAVIOURS)[number];

/**
 * The longest a charge attempt may take on the simulated clock: an attempt starts at 07:00
 * UTC, so it still ends on the day it started (the platform processes until 23:59 UTC).
 */
export const MAX_CHARGE_PROCESSING_MINUTES = 960;

export interface UserAddress {
  streetAddress: string;
  postalCode: string;
  city: string;
  country: string;
}

export interface BankAccount {
  accountNumber: string;
  accountName: string;
}

export interface VippsUser {
  /** MSISDN with country code, e.g. 4791234567. */
  phone: string;
  /** The stable subject id merchants see (Login, profile sharing). */
  sub: string;
  firstName: string;
  lastName: string;
  email: string;
  emailVerified: boolean;
  /** YYYY-MM-DD, or null when unknown. */
  birthDate: string | null;
  /** National identity number, or null. */
  nin: string | null;
  address: UserAddress | null;
  bankAccounts: BankAccount[];
  /** What happens when the user's card is charged. */
  cardOutcome: CardOutcome;
  /** Money on the card in minor units; null is unlimited. */
  cardBalance: number | null;
  /** Minutes a Recurring charge attempt on the card takes (PROCESSING meanwhile); 0 settles it at once. */
  chargeProcessingMinutes: number;
  behaviour: PayerBehaviour;
}

/** Age in whole years on the given day (epoch ms), or null when the birth date is unknown. */
export function ageOn(user: Pick<VippsUser, 'birthDate'>, nowMs: number): number | null {
  if (!user.birthDate) return null;
  const [y, m, d] = user.birthDate.split('-').map(Number) as [number, number, number];
  const now = new Date(nowMs);
  let age = now.getUTCFullYear() - y;
  const beforeBirthday = now.getUTCMonth() + 1 < m || (now.getUTCMonth() + 1 === m && now.getUTCDate() < d);
  if (beforeBirthday) age--;
  return age;
}

/** A world file's user as the app knows them. */
export function vippsUserFromWorld(
  u: {
    phone: string;
    firstName: string;
    lastName: string;
    email: string;
    emailVerified?: boolean;
    birthDate?: string;
    nin?: string;
    address?: UserAddress;
    bankAccounts?: BankAccount[];
    card?: { outcome?: CardOutcome; balance?: number; processingMinutes?: number };
    behaviour?: PayerBehaviour;
  },
  subjectOf: (phone: string) => string,
): VippsUser {
  return {
    phone: u.phone,
    sub: subjectOf(u.phone),
    firstName: u.firstName,
    lastName: u.lastName,
    email: u.email,
    emailVerified: u.emailVerified ?? true,
    birthDate: u.birthDate ?? null,
    nin: u.nin ?? null,
    address: u.address ?? null,
    bankAccounts: u.bankAccounts ?? [],
    cardOutcome: u.card?.outcome ?? 'ok',
    cardBalance: u.card?.balance ?? null,
    chargeProcessingMinutes: u.card?.processingMinutes ?? 0,
    behaviour: u.behaviour ?? 'ask',
  };
}
