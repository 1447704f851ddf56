// Switches the documented rate limits on or off for every node (the simulation API).
import { conflict } from '../../domain/errors.js';
import type { Store } from '../../store/db.js';
import { setSetting } from '../../store/settings-repo.js';

export interface SetRateLimitsOptions {
  store: Store;
  enabled: boolean;
  /** The operator's --rate-limits flag, which no script overrides. */
  configured: boolean | undefined;
  now: number;
}

export async function setRateLimits(o: SetRateLimitsOptions): Promise<void> {
  if (o.configured !== undefined && o.configured !== o.enabled) {
    throw conflict(`Rate limits are switched ${o.configured ? 'on' : 'off'} by --rate-limits (or VPP_RATE_LIMITS) for this vpp; start it without the flag to switch them from a script.`);
  }
  await setSetting(o.store.db, 'rate_limits', o.enabled ? 'on' : 'off', o.now);
}
