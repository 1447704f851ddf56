// Saves the simulated world under a name (replacing a snapshot of that name), with the clock.
import { invalid } from '../../domain/errors.js';
import type { Store } from '../../store/db.js';
import { saveSnapshot as saveRows, type SnapshotInfo } from '../../store/snapshots-repo.js';
import { WORLD_SNAPSHOT } from '../../domain/sim/snapshot-names.js';

export interface SaveSnapshotOptions {
  store: Store;
  /** The platform time and the clock's offset from real time, saved with the world. */
  clock: { now(): number; readonly offsetMs: number };
  name: string;
  /** Only the runtime may write the snapshot of the loaded world. */
  allowReserved?: boolean;
}

export async function saveSnapshot(o: SaveSnapshotOptions): Promise<SnapshotInfo> {
  if (o.name === WORLD_SNAPSHOT && !o.allowReserved) {
    throw invalid(`The name "${WORLD_SNAPSHOT}" is the world vpp loaded at start (POST /_sim/reset restores it); choose another name.`, [{ name: 'name', reason: 'is reserved' }]);
  }
  return o.store.db.transaction().execute((tx) => saveRows(tx, o.store.dialect, { name: o.name, takenAt: o.clock.now(), clockOffsetMs: o.clock.offsetMs }));
}
