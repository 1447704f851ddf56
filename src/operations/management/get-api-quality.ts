// GET /management/v1/api-quality/sales-units/{msn}: per endpoint, how the requests for a
// unit the caller reaches went, from the counts kept as requests are logged.
import type { Actor } from '../../domain/access/actor.js';
import { reachesUnit, unitNotFound } from '../../domain/access/authorize-unit.js';
import { requireManage } from '../../domain/access/see-merchants.js';
import { summarizeApiQuality, type EndpointQuality } from '../../domain/sales-units/summarize-api-quality.js';
import { unitFacts } from '../../domain/sales-units/unit-facts.js';
import type { Queryable } from '../../store/db.js';
import { findUnit } from '../../store/units-repo.js';
import { countUnitRequests } from '../../store/request-counts-repo.js';

export async function getApiQuality(o: { db: Queryable; actor: Actor; msn: string }): Promise<EndpointQuality[]> {
  requireManage(o.actor);
  const unit = await findUnit(o.db, o.msn);
  const facts = unit ? unitFacts(unit) : undefined;
  if (!facts || !reachesUnit(o.actor, facts) || !facts.merchantActive) throw unitNotFound(o.msn);
  return summarizeApiQuality(await countUnitRequests(o.db, o.msn));
}
