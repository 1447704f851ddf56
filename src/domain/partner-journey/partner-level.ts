// The partner levels' entry rules (partner-levels.md), evaluated against what an applicant
// declared: annual revenue through Vipps MobilePay, active merchants, products offered.
import type { PartnerLevel } from '../world/world-schema.js';

/** Revenue thresholds in NOK øre: 15 MNOK for Partner Plus, 80 MNOK for Partner Premium. */
export const PLUS_REVENUE = 15_000_000_00;
export const PREMIUM_REVENUE = 80_000_000_00;
export const PLUS_MERCHANTS = 30;
export const PREMIUM_MERCHANTS = 60;

export interface Declared {
  /** Expected annual revenue, NOK øre. */
  revenue: number;
  merchants: number;
  products: number;
}

export interface LevelRule {
  level: PartnerLevel;
  rule: string;
  met: boolean;
}

const mnok = (ore: number) => `${ore / 100_000_000} MNOK`;

/** Every rule of the two higher levels, with whether the declared figures meet it. */
export function levelRules(d: Declared): LevelRule[] {
  return [
    { level: 'Partner Plus', rule: `Annual revenue at least ${mnok(PLUS_REVENUE)}`, met: d.revenue >= PLUS_REVENUE },
    { level: 'Partner Plus', rule: `At least ${PLUS_MERCHANTS} active merchants`, met: d.merchants >= PLUS_MERCHANTS },
    { level: 'Partner Plus', rule: 'Offers more than one product', met: d.products > 1 },
    { level: 'Partner Premium', rule: `Annual revenue at least ${mnok(PREMIUM_REVENUE)}`, met: d.revenue >= PREMIUM_REVENUE },
    { level: 'Partner Premium', rule: `At least ${PREMIUM_MERCHANTS} active merchants`, met: d.merchants >= PREMIUM_MERCHANTS },
    { level: 'Partner Premium', rule: 'Offers more than one product', met: d.products > 1 },
  ];
}

/** The highest level whose every rule the declared figures meet. */
export function qualifyingLevel(d: Declared): PartnerLevel {
  const rules = levelRules(d);
  const all = (level: PartnerLevel) => rules.filter((r) => r.level === level).every((r) => r.met);
  if (all('Partner Premium')) return 'Partner Premium';
  if (all('Partner Plus')) return 'Partner Plus';
  return 'Partner';
}

/** Partner keys (one key set for all the partner's merchants) come with Plus and Premium. */
export const levelAllowsPartnerKeys = (level: string) => level === 'Partner Plus' || level === 'Partner Premium';
