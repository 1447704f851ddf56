import { describe, expect, it } from 'vitest';
import { levelAllowsPartnerKeys, levelRules, qualifyingLevel, PLUS_REVENUE, PREMIUM_REVENUE } from '../../../src/domain/partner-journey/partner-level.js';

describe('partner level from declared figures', () => {
  const plus = { revenue: PLUS_REVENUE, merchants: 30, products: 2 };
  const premium = { revenue: PREMIUM_REVENUE, merchants: 60, products: 2 };

  it('is Partner Plus exactly at 15 MNOK and 30 merchants with two products', () => {
    expect(qualifyingLevel(plus)).toBe('Partner Plus');
  });

  it('is Partner one øre, one merchant or one product below Partner Plus', () => {
    expect(qualifyingLevel({ ...plus, revenue: PLUS_REVENUE - 1 })).toBe('Partner');
    expect(qualifyingLevel({ ...plus, merchants: 29 })).toBe('Partner');
    expect(qualifyingLevel({ ...plus, products: 1 })).toBe('Partner');
  });

  it('is Partner Premium exactly at 80 MNOK and 60 merchants', () => {
    expect(qualifyingLevel(premium)).toBe('Partner Premium');
  });

  it('falls back to Partner Plus one øre or one merchant below Premium', () => {
    expect(qualifyingLevel({ ...premium, revenue: PREMIUM_REVENUE - 1 })).toBe('Partner Plus');
    expect(qualifyingLevel({ ...premium, merchants: 59 })).toBe('Partner Plus');
  });

  it('needs more than one product even for Premium figures', () => {
    expect(qualifyingLevel({ ...premium, products: 1 })).toBe('Partner');
  });

  it('lists each rule with whether it is met', () => {
    const rules = levelRules({ revenue: PLUS_REVENUE, merchants: 10, products: 3 });
    expect(rules.filter((r) => r.level === 'Partner Plus').map((r) => r.met)).toEqual([true, false, true]);
  });

  it('gives partner keys only to Partner Plus and Premium', () => {
    expect(levelAllowsPartnerKeys('Partner')).toBe(false);
    expect(levelAllowsPartnerKeys('Partner Plus')).toBe(true);
    expect(levelAllowsPartnerKeys('Partner Premium')).toBe(true);
  });
});
