// The partner behind the keys making a Management API call.
import type { Actor } from '../../domain/access/actor.js';
import { requireManage } from '../../domain/access/see-merchants.js';
import { requirePartnerActor } from '../../domain/partners/describe-partner.js';
import type { Queryable } from '../../store/db.js';
import { findPartner } from '../../store/partners-repo.js';

export async function getOwnPartner(o: { db: Queryable; actor: Actor }) {
  requireManage(o.actor);
  const { partnerId } = requirePartnerActor(o.actor);
  return (await findPartner(o.db, partnerId))!;
}
