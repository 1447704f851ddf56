// The payer's card decides a reservation: each world card outcome refuses for its own
// reason, and a limited balance refuses what it does not cover.
import { describe, expect, it } from 'vitest';
import { cardRefusalOf } from '../../../src/domain/payments/card-refusal.js';

describe('card refusal', () => {
  it('pays with a working card and an unlimited or sufficient balance', () => {
    expect(cardRefusalOf({ cardOutcome: 'ok', cardBalance: null, amount: 10_000 })).toBeUndefined();
    expect(cardRefusalOf({ cardOutcome: 'ok', cardBalance: 10_000, amount: 10_000 })).toBeUndefined();
  });

  it('refuses an amount one øre over the balance', () => {
    expect(cardRefusalOf({ cardOutcome: 'ok', cardBalance: 9_999, amount: 10_000 })).toBe('amount_refused');
  });

  it('gives each failing card outcome its reason', () => {
    const of = (cardOutcome: Parameters<typeof cardRefusalOf>[0]['cardOutcome']) => cardRefusalOf({ cardOutcome, cardBalance: null, amount: 100 });
    expect(of('profile_deleted')).toBe('no_valid_card');
    expect(of('card_blocked')).toBe('issuer_refused');
    expect(of('insufficient_funds')).toBe('amount_refused');
    expect(of('card_expired')).toBe('card_expired');
    expect(of('technical_error')).toBe('unknown');
  });
});
