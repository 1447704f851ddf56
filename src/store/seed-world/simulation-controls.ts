// The world file's simulation block: the rate-limit switch and fault rules in force from the
// start. Its rules get the ids world-1, world-2, …, so loading the file again replaces them.
import type { World } from '../../domain/world/world-schema.js';
import { faultRuleFromInput } from '../../domain/sim/fault-rule-input.js';
import type { Tx } from '../db.js';
import { upsertFaultRule } from '../fault-rules-repo.js';
import { getSetting, setSetting } from '../settings-repo.js';

/** How many rows it wrote. */
export async function seedSimulationControls(tx: Tx, sim: NonNullable<World['simulation']>, now: number): Promise<number> {
  let written = 0;
  if (sim.rateLimits !== undefined) {
    const value = sim.rateLimits ? 'on' : 'off';
    if ((await getSetting(tx, 'rate_limits')) !== value) {
      await setSetting(tx, 'rate_limits', value, now);
      written++;
    }
  }
  for (const [i, input] of (sim.faults ?? []).entries()) {
    await upsertFaultRule(tx, { id: `world-${i + 1}`, createdAt: now + i, ...faultRuleFromInput(input) });
    written++;
  }
  return written;
}
