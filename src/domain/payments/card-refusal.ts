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

/** The ePayment face's Problem title for a refusal ("No cards" is the reference's own). */
export function refusalTitleOf(refusal: CardRefusal): string {
  return refusal === 'no_valid_card' ? 'No cards' : 'Payment refused by the card';
}

/** What the payer (and a script approving for them) is told, in plain words. */
export function refusalDetailOf(refusal: CardRefusal): string {
  switch (refusal) {
    case 'no_valid_card':
      return 'The payer has no valid card: they must add one in the app.';
    case 'issuer_refused':
      return 'The card issuer refused the payment: the payer must contact their bank.';
    case 'amount_refused':
      return 'The card issuer refused the amount: the card does not cover it.';
    case 'card_expired':
      return 'The card has expired: the payer must add a new one.';
    case 'unknown':
      return 'The reservation failed for an unknown reason.';
  }
}
