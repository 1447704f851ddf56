// Where the shared clock lives: its offset from real time and its epoch (how many snapshot
// restores have started a new history), both in settings.
import type { Queryable } from './db.js';
import { addToNumericSetting, setSetting } from './settings-repo.js';

export const CLOCK_OFFSET_KEY = 'clock_offset_ms';
export const CLOCK_EPOCH_KEY = 'clock_epoch';

/** Sets the offset as a snapshot had it and starts a new epoch (in the restoring transaction). */
export async function restoreClockOffset(tx: Queryable, offsetMs: number, now: number): Promise<void> {
  await setSetting(tx, CLOCK_OFFSET_KEY, String(offsetMs), now);
  await addToNumericSetting(tx, CLOCK_EPOCH_KEY, 1, now);
}
