// GET /partner-api/v0/merchants/{orgno}: the MSNs of a merchant's active units connected to
// the caller; 404 while there are none, as the Partner API's FAQ says.
import type { Actor } from '../../domain/access/actor.js';
import { requireManage, seesActiveUnit } from '../../domain/access/see-merchants.js';
import { invalid, notFound } from '../../domain/errors.js';
import { checkOrgno } from '../../domain/identifiers.js';
import { unitFacts } from '../../domain/sales-units/unit-facts.js';
import type { Queryable } from '../../store/db.js';
import { findMerchantWithUnits } from '../../store/merchants-repo.js';

export async function listMerchantMsns(o: { db: Queryable; actor: Actor; orgno: string }): Promise<string[]> {
  requireManage(o.actor);
  const why = checkOrgno(o.orgno);
  if (why) throw invalid(`The organisation number ${o.orgno} ${why}.`, [{ name: 'orgno', reason: why }]);
  const found = await findMerchantWithUnits(o.db, o.orgno);
  const msns = (found?.units ?? []).filter((u) => seesActiveUnit(o.actor, unitFacts(u))).map((u) => u.msn);
  if (!msns.length) {
    throw notFound(`The merchant ${o.orgno} has no active sales unit connected to these API keys (or is not a merchant). A partner sees a merchant once it has an active sales unit with the partner.`);
  }
  return msns;
}
