// The Login API's scopes, the claims each one releases, and those claims for one person.
import type { VippsUser } from '../payers/vipps-user.js';
import { subjectAtUnit } from '../payments/payer.js';
import { delegatedConsentsClaim } from './delegated-consents.js';

export const LOGIN_SCOPES = ['openid', 'name', 'email', 'phoneNumber', 'address', 'birthDate', 'nin', 'accountNumbers', 'delegatedConsents'] as const;
export type LoginScope = (typeof LOGIN_SCOPES)[number];

/** Claims released per scope (the OpenID provider's `claims` configuration). */
export const CLAIMS_BY_SCOPE: Record<LoginScope, string[]> = {
  openid: ['sub', 'msn'],
  name: ['name', 'given_name', 'family_name'],
  email: ['email', 'email_verified'],
  phoneNumber: ['phone_number'],
  address: ['address', 'other_addresses'],
  birthDate: ['birthdate'],
  nin: ['nin'],
  accountNumbers: ['accounts'],
  delegatedConsents: ['delegatedConsents'],
};

/** What the person is shown on the consent screen for each scope. */
export const SCOPE_LABELS: Record<LoginScope, string> = {
  openid: 'That it is you (a stable user id)',
  name: 'Your name',
  email: 'Your email address',
  phoneNumber: 'Your phone number',
  address: 'Your addresses',
  birthDate: 'Your date of birth',
  nin: 'Your national identity number',
  accountNumbers: 'Your bank account numbers',
  delegatedConsents: 'Consents on behalf of the merchant',
};

export const isLoginScope = (s: string): s is LoginScope => (LOGIN_SCOPES as readonly string[]).includes(s);

function address(u: VippsUser) {
  const a = u.address;
  if (!a) return { address_type: '', country: '', formatted: '', postal_code: '', region: '', street_address: '' };
  return {
    address_type: 'home',
    country: a.country,
    default: true,
    formatted: `${a.streetAddress}\n${a.postalCode} ${a.city}\n${a.country}`,
    postal_code: a.postalCode,
    region: a.city,
    street_address: a.streetAddress,
  };
}

/** The merchant a Login is for, as the delegatedConsents claim names it. */
export interface LoginMerchant {
  name: string;
  /** When the person consented to this merchant's login, epoch ms. */
  consentedAt: number;
}

/** Every claim the person has, keyed by claim name; the provider filters them by scope. */
export function claimsOf(u: VippsUser, msn: string | null, merchant?: LoginMerchant): Record<string, unknown> {
  return {
    sub: msn ? subjectAtUnit(u.phone, msn) : u.sub,
    ...(msn ? { msn } : {}),
    name: `${u.firstName} ${u.lastName}`,
    given_name: u.firstName,
    family_name: u.lastName,
    email: u.email,
    email_verified: u.emailVerified,
    phone_number: u.phone,
    address: address(u),
    other_addresses: [],
    ...(u.birthDate ? { birthdate: u.birthDate } : {}),
    ...(u.nin ? { nin: u.nin } : {}),
    accounts: u.bankAccounts.map((b) => ({ account_name: b.accountName, account_number: b.accountNumber, bank_name: 'Simulated bank' })),
    ...(merchant ? { delegatedConsents: delegatedConsentsClaim(merchant.name, merchant.consentedAt) } : {}),
  };
}

/** The claims of the given scopes only (Userinfo by sub, where no provider filters). */
export function claimsForScopes(u: VippsUser, msn: string, scopes: string[]): Record<string, unknown> {
  const all = claimsOf(u, msn);
  const out: Record<string, unknown> = { sub: all.sub };
  for (const s of scopes) {
    if (!isLoginScope(s)) continue;
    for (const c of CLAIMS_BY_SCOPE[s]) if (c in all) out[c] = all[c];
  }
  return out;
}
