// Whether a key set reaches a sales unit, decided by the platform's authorization model
// (authorizeUnit) over the key set and the unit as stored right now: the same decision
// every unit-scoped API route makes on each request.
import { toKeySetView } from '../../src/api/caller.js';
import type { Actor } from '../../src/domain/access/actor.js';
import { authorizeUnit } from '../../src/domain/access/authorize-unit.js';
import { ownerLabel } from '../../src/domain/access/key-set-view.js';
import { VppError } from '../../src/domain/errors.js';
import { findKeySetByClientId } from '../../src/store/key-sets-repo.js';
import type { TestApp } from './app.js';
import type { KeyCreds } from './demo.js';

/** 200 when the keys may manage the unit, else the status the API would answer with. */
export async function unitAccessStatus(t: TestApp, keys: Pick<KeyCreds, 'clientId'>, msn: string): Promise<number> {
  const db = t.rt.store.db;
  const row = await findKeySetByClientId(db, keys.clientId);
  if (!row) throw new Error(`no key set ${keys.clientId}`);
  const k = toKeySetView(row);
  const actor: Actor = { keySetId: k.id, kind: k.kind, clientId: k.clientId, partnerId: k.partnerId, partnerName: k.partnerName, merchantId: k.merchantId, msn: k.msn, requestedMsn: msn, owner: ownerLabel(k) };
  const unit = await db
    .selectFrom('sales_units as s')
    .innerJoin('merchants as m', 'm.id', 's.merchant_id')
    .select(['s.msn', 's.merchant_id', 's.partner_id', 's.status', 's.payment_allowed', 'm.status as merchant_status'])
    .where('s.msn', '=', msn)
    .executeTakeFirst();
  const facts = unit && {
    msn: unit.msn,
    merchantId: unit.merchant_id,
    partnerId: unit.partner_id,
    unitActive: unit.status === 'ACTIVE',
    merchantActive: unit.merchant_status === 'ACTIVE',
    paymentAllowed: unit.payment_allowed === 1,
  };
  try {
    authorizeUnit({ actor, msn, unit: facts, capability: 'manage' });
    return 200;
  } catch (err) {
    if (err instanceof VppError) return { not_found: 404, forbidden: 403 }[err.kind as 'not_found' | 'forbidden'] ?? 400;
    throw err;
  }
}
