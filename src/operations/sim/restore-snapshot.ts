// Restores a named snapshot: every world table as it was, and the clock with it (the one
// way the clock goes back; see jobs/clock.ts). Seen at once by every node: the rows are in
// the shared database, SQLite's cached reads notice the writes, and other nodes' clocks
// pick up the new epoch when they next load it.
import { notFound } from '../../domain/errors.js';
import type { Store } from '../../store/db.js';
import { restoreSnapshotRows, type SnapshotInfo } from '../../store/snapshots-repo.js';
import { restoreClockOffset } from '../../store/clock-settings-repo.js';
import type { Queryable } from '../../store/db.js';
import { WORLD_SNAPSHOT } from '../../domain/sim/snapshot-names.js';

export interface RestoreSnapshotOptions {
  store: Store;
  /** This node's clock: it reads the restored offset and epoch after the commit. */
  clock: { load(db: Queryable): Promise<void> };
  name: string;
}

export async function restoreSnapshot(o: RestoreSnapshotOptions): Promise<SnapshotInfo> {
  const restored = await o.store.db.transaction().execute(async (tx) => {
    const snap = await restoreSnapshotRows(tx, o.store.dialect, o.name);
    if (snap) await restoreClockOffset(tx, snap.clockOffsetMs, Date.now());
    return snap;
  });
  if (!restored) {
    throw notFound(
      o.name === WORLD_SNAPSHOT
        ? 'There is no snapshot of the loaded world yet; vpp saves one at start.'
        : `There is no snapshot named "${o.name}". GET /_sim/snapshots lists them; POST /_sim/snapshots saves one.`,
    );
  }
  await o.clock.load(o.store.db);
  return restored;
}
