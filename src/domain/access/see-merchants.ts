// What the Management API shows each caller: a partner's keys reach the merchants and units
// connected to the partner; a merchant's own keys reach that merchant (merchant keys: their
// one unit). Anything out of reach reads exactly as if it did not exist.
import { forbidden, notFound } from '../errors.js';
import { can, refusalReason, type Actor } from './actor.js';
import { reachesUnit, type UnitAccessFacts } from './authorize-unit.js';

/** Refuses keys that may not use the Management API at all (accounting keys). */
export function requireManage(actor: Actor): void {
  if (!can(actor, 'manage')) throw forbidden(refusalReason(actor.kind, 'manage'));
}

/** Keys owned by a merchant rather than a partner. */
export const isMerchantOwned = (actor: Actor) => actor.partnerId === null;

/** Which rows a caller's lists draw from. */
export function unitScope(actor: Actor): { partnerId: string } | { merchantId: string } | { msn: string } {
  requireManage(actor);
  if (actor.partnerId) return { partnerId: actor.partnerId };
  if (actor.kind === 'merchant') return { msn: actor.msn! };
  return { merchantId: actor.merchantId! };
}

/** A unit the caller reaches and that is active, of an active merchant. */
export function seesActiveUnit(actor: Actor, unit: UnitAccessFacts): boolean {
  return reachesUnit(actor, unit) && unit.unitActive && unit.merchantActive;
}

/** A merchant is visible to its own keys, and to a partner with an active unit of it. */
export function seesMerchant(actor: Actor, merchant: { id: string }, units: UnitAccessFacts[]): boolean {
  requireManage(actor);
  if (isMerchantOwned(actor)) return actor.merchantId === merchant.id;
  return units.some((u) => seesActiveUnit(actor, u));
}

export const merchantNotFound = (scheme: string, id: string) =>
  notFound(
    `No merchant with business identifier ${scheme} ${id} is available to these API keys. A partner sees a merchant once it has an active sales unit connected to the partner.`,
  );
