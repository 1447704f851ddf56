// Partners whose integration the back office verified, for the public list.
import type { Queryable } from '../../store/db.js';
import { livePartners } from '../../store/integration-submissions-repo.js';

export interface ListLivePartnersOptions {
  db: Queryable;
}

export function listLivePartners(o: ListLivePartnersOptions) {
  return livePartners(o.db);
}
