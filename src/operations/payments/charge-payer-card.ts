// The payer's card at the moment of a reservation: the world's card outcome may refuse it,
// and a card with a limited balance pays only what it covers (taken off compare-and-set,
// so two reservations at once cannot spend the same money).
import { cardRefusalOf, type CardRefusal } from '../../domain/payments/card-refusal.js';
import type { VippsUser } from '../../domain/payers/vipps-user.js';
import type { Tx } from '../../store/db.js';
import { debitCard } from '../../store/vipps-users-repo.js';

/** Why the card does not pay `amount` (nothing is taken then), or undefined when it paid. */
export async function chargePayerCard(tx: Tx, user: VippsUser | undefined, amount: number): Promise<CardRefusal | undefined> {
  if (!user) return undefined;
  const refusal = cardRefusalOf({ cardOutcome: user.cardOutcome, cardBalance: user.cardBalance, amount });
  if (refusal || user.cardBalance === null) return refusal;
  return (await debitCard(tx, user.phone, amount)) ? undefined : 'amount_refused';
}
