// The rules of a new agreement beyond its JSON schema: pricing by type, campaigns by
// kind, URLs, phone number and profile scope. All problems are reported at once.
import { forbidden, invalid, type FieldProblem } from '../errors.js';
import { checkPayerUrl } from '../payments/check-url.js';
import { PROFILE_SCOPES } from '../payments/check-create-payment.js';
import { normalizePhone } from '../payments/payer.js';
import type { Campaign, InitialCharge, TimePeriod } from './agreement.js';

export interface CreateAgreementInput {
  pricing: { type?: 'LEGACY' | 'VARIABLE'; currency: string; amount?: number; suggestedMaxAmount?: number };
  interval: TimePeriod;
  merchantAgreementUrl: string;
  merchantRedirectUrl: string;
  productName: string;
  productDescription?: string;
  phoneNumber?: string;
  initialCharge?: InitialCharge;
  campaign?: Campaign;
  isApp?: boolean;
  scope?: string;
  skipLandingPage?: boolean;
  externalId?: string;
  countryCode?: string;
}

export interface CheckedAgreement {
  pricingType: 'LEGACY' | 'VARIABLE';
  phoneNumber: string | null;
  scope: string | null;
}

const CAMPAIGN_FIELDS: Record<Campaign['type'], (keyof Campaign)[]> = {
  PRICE_CAMPAIGN: ['end'],
  PERIOD_CAMPAIGN: ['period'],
  EVENT_CAMPAIGN: ['eventDate', 'eventText'],
  FULL_FLEX_CAMPAIGN: ['interval', 'end'],
};

function isUtcDate(s: string): boolean {
  return /(Z|[+-]00:?00)$/.test(s) && !Number.isNaN(Date.parse(s.replace(/^(\d{4})\/(\d{2})\/(\d{2})/, '$1-$2-$3')));
}

export function checkCreateAgreement(input: CreateAgreementInput, unit: { skipLandingPageAllowed: boolean }): CheckedAgreement {
  const problems: FieldProblem[] = [];
  const add = (name: string, reason: string) => problems.push({ name, reason });
  const pricingType = input.pricing.type ?? 'LEGACY';

  if (pricingType === 'LEGACY') {
    if (input.pricing.amount === undefined) add('pricing.amount', 'is required when pricing.type is LEGACY');
    if (input.pricing.suggestedMaxAmount !== undefined) add('pricing.suggestedMaxAmount', 'is only for pricing.type VARIABLE');
  } else {
    if (input.pricing.suggestedMaxAmount === undefined) add('pricing.suggestedMaxAmount', 'is required when pricing.type is VARIABLE');
    if (input.pricing.amount !== undefined) add('pricing.amount', 'is only for pricing.type LEGACY; VARIABLE agreements have a suggestedMaxAmount');
    if (input.campaign) add('campaign', 'cannot be used with pricing.type VARIABLE');
  }

  const c = input.campaign;
  if (c) {
    for (const f of CAMPAIGN_FIELDS[c.type]) if (c[f] === undefined) add(`campaign.${f}`, `is required for ${c.type}`);
    for (const f of ['end', 'eventDate'] as const) {
      if (c[f] !== undefined && !isUtcDate(c[f]!)) add(`campaign.${f}`, 'must be a date and time in UTC, like 2026-12-24T00:00:00Z');
    }
    if (pricingType === 'LEGACY' && input.pricing.amount !== undefined && c.price >= input.pricing.amount) {
      add('campaign.price', `must be lower than the agreement's price (${input.pricing.amount})`);
    }
  }

  if (!input.merchantAgreementUrl.startsWith('https://')) add('merchantAgreementUrl', 'must be an https:// URL');
  if (!input.isApp) {
    const why = checkPayerUrl(input.merchantRedirectUrl);
    if (why) add('merchantRedirectUrl', why);
  }

  let phoneNumber: string | null = null;
  if (input.phoneNumber !== undefined) {
    const p = normalizePhone(input.phoneNumber);
    if ('problem' in p) add('phoneNumber', p.problem);
    else phoneNumber = p.phone;
  }

  let scope: string | null = null;
  if (input.scope !== undefined) {
    const words = input.scope.split(' ').filter(Boolean);
    const bad = words.filter((w) => !(PROFILE_SCOPES as readonly string[]).includes(w));
    if (bad.length) add('scope', `has unknown scope ${bad.map((b) => JSON.stringify(b)).join(', ')}; use a space-separated list of ${PROFILE_SCOPES.join(', ')}`);
    scope = words.length ? words.join(' ') : null;
  }

  if (input.skipLandingPage && !phoneNumber && !problems.some((p) => p.name === 'phoneNumber')) add('phoneNumber', 'is required when skipLandingPage is true');

  if (problems.length) {
    throw invalid(`The agreement is not valid: ${problems.map((p) => `${p.name} ${p.reason}`).join('; ')}.`, problems);
  }
  if (input.skipLandingPage && !unit.skipLandingPageAllowed) {
    throw forbidden('This sales unit may not skip the landing page (its configuration has skipLandingPageAllowed: false). Leave skipLandingPage out, or ask for the unit to be allowed.');
  }
  return { pricingType, phoneNumber, scope };
}
