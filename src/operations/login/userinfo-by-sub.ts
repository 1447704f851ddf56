// GET /vipps-userinfo-api/userinfo/{sub}: what the user shared with the caller's sales
// unit through profile sharing (an ePayment's profile.scope, a Recurring agreement's
// scope), only the consented scopes, as Userinfo claims.
import type { Actor } from '../../domain/access/actor.js';
import { notFound } from '../../domain/errors.js';
import { claimsForScopes } from '../../domain/login/scopes.js';
import { readableScopes } from '../../domain/login/profile-share.js';
import type { Queryable } from '../../store/db.js';
import { profileSharesWith } from '../../store/login-profile-shares-repo.js';
import { findVippsUserByPhone } from '../../store/vipps-users-repo.js';
import { actingUnit } from '../access/acting-unit.js';

export interface UserinfoBySubOptions {
  db: Queryable;
  actor: Actor;
  sub: string;
  now: number;
  onMsn?: (msn: string) => void;
}

export async function userinfoBySub(o: UserinfoBySubOptions): Promise<Record<string, unknown>> {
  const unit = await actingUnit({ db: o.db, actor: o.actor, onMsn: o.onMsn });
  const shares = await profileSharesWith(o.db, unit.msn, o.sub);
  const scopes = readableScopes(shares, o.sub, o.now);
  const phone = shares.find((s) => s.phone)?.phone;
  const user = phone ? await findVippsUserByPhone(o.db, phone) : undefined;
  if (!user) throw notFound(`The user with sub ${o.sub} no longer has a Vipps MobilePay profile.`);
  return claimsForScopes(user, unit.msn, scopes);
}
