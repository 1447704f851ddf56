// GET /management/v1/merchants: a partner's merchants (those with an active unit connected
// to it); with a merchant's own keys, just that merchant.
import type { Actor } from '../../domain/access/actor.js';
import { unitScope } from '../../domain/access/see-merchants.js';
import type { Queryable } from '../../store/db.js';
import { listMerchantsInScope, type MerchantView } from '../../store/merchants-repo.js';

export function listMerchants(o: { db: Queryable; actor: Actor }): Promise<MerchantView[]> {
  const scope = unitScope(o.actor);
  return listMerchantsInScope(o.db, 'partnerId' in scope ? scope : { merchantId: o.actor.merchantId! });
}
