import type { Actor } from '../access/actor.js';
import { forbidden } from '../errors.js';

/** The partner behind partner or management keys; a merchant's keys have none. */
export function requirePartnerActor(actor: Actor): { partnerId: string } {
  if (!actor.partnerId) {
    throw forbidden(
      `These are ${actor.kind} keys of ${actor.kind === 'merchant' ? `sales unit ${actor.msn}` : `merchant ${actor.owner}`}, not a partner's keys. Call this endpoint with your partner keys or management keys.`,
    );
  }
  return { partnerId: actor.partnerId };
}

/** The Management API spells partner levels with the brand in front. */
export const levelName = (level: string) => `Vipps ${level}`;
