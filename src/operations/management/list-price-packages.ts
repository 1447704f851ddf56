// GET /management/v1/partners/price-packages: the calling partner's price packages.
import type { Actor } from '../../domain/access/actor.js';
import { requireManage } from '../../domain/access/see-merchants.js';
import { requirePartnerActor } from '../../domain/partners/describe-partner.js';
import type { Queryable } from '../../store/db.js';
import { listPricePackages } from '../../store/price-packages-repo.js';

export function listPartnerPricePackages(o: { db: Queryable; actor: Actor }) {
  requireManage(o.actor);
  return listPricePackages(o.db, requirePartnerActor(o.actor).partnerId);
}
