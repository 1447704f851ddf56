// The person behind a Login subject or phone number (the Vipps users of the world file).
import type { Queryable } from '../../store/db.js';
import type { VippsUser } from '../../domain/payers/vipps-user.js';
import { findVippsUserByPhone, findVippsUserBySub } from '../../store/vipps-users-repo.js';

export interface FindLoginAccountOptions {
  db: Queryable;
  sub?: string;
  phone?: string;
}

export async function findLoginAccount(o: FindLoginAccountOptions): Promise<VippsUser | undefined> {
  if (o.sub) return findVippsUserBySub(o.db, o.sub);
  if (o.phone) return findVippsUserByPhone(o.db, o.phone);
  return undefined;
}
