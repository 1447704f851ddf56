// Userinfo by sub: the scopes a merchant may still read, given the profile shares it got.
// The platform answers for 168 hours (one week) after the person shared.
import { gone, notFound } from '../errors.js';

export const PROFILE_SHARE_HOURS = 168;

export function readableScopes(shares: { scopes: string[]; sharedAt: number }[], sub: string, nowMs: number): string[] {
  if (shares.length === 0) {
    throw notFound(`No user with sub ${sub} has shared profile data with this sales unit. The sub comes from a payment created with profile.scope and approved by the user, or a Recurring agreement created with scope and accepted by the user.`);
  }
  const live = shares.filter((s) => nowMs - s.sharedAt <= PROFILE_SHARE_HOURS * 3600_000);
  if (live.length === 0) {
    throw gone(`The user shared profile data with this sales unit more than ${PROFILE_SHARE_HOURS} hours ago; Userinfo answers for ${PROFILE_SHARE_HOURS} hours after the user consented.`);
  }
  return [...new Set(live.flatMap((s) => s.scopes))];
}
