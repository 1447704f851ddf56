// Why the payer's card refuses a reservation, decided by the simulated Vipps user's card
// (the world file's `card.outcome` and `card.balance`). Each API names the reasons in its
// own words (eCom: Payment errors 41–45).
import type { CardOutcome } from '../payers/vipps-user.js';

export const CARD_REFUSALS = ['no_valid_card', 'issuer_refused', 'amount_refused', 'card_expired', 'unknown'] as const;
export type CardRefusal = (typeof CARD_REFUSALS)[number];

/** The refusal for reserving `amount` on this card, or undefined when the card pays. */
export function cardRefusalOf(o: { cardOutcome: CardOutcome; cardBalance: number | null; amount: number }): CardRefusal | undefined {
  switch (o.cardOutcome) {
    case 'profile_deleted':
      return 'no_valid_card';
    case 'card_blocked':
      return 'issuer_refused';
    case 'insufficient_funds':
      return 'amount_refused';
    case 'card_expired':
      return 'card_expired';
    case 'technical_error':
      return 'unknown';
    case 'ok':
      break;
  }
  return o.cardBalance !== null && o.cardBalance < o.amount ? 'amount_refused' : undefined;
}
