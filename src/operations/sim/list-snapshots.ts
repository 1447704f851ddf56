// The saved snapshots of the simulated world, and deleting one.
import { invalid } from '../../domain/errors.js';
import { WORLD_SNAPSHOT } from '../../domain/sim/snapshot-names.js';
import type { Queryable } from '../../store/db.js';
import { deleteSnapshot, listSnapshots, type SnapshotInfo } from '../../store/snapshots-repo.js';

export interface ListSnapshotsOptions {
  db: Queryable;
}

export async function listSnapshotsOf(o: ListSnapshotsOptions): Promise<SnapshotInfo[]> {
  return listSnapshots(o.db);
}

export interface DeleteSnapshotOptions {
  db: Queryable;
  name: string;
}

/** False when there was no such snapshot. */
export async function deleteSnapshotNamed(o: DeleteSnapshotOptions): Promise<boolean> {
  if (o.name === WORLD_SNAPSHOT) throw invalid(`The snapshot "${WORLD_SNAPSHOT}" is what POST /_sim/reset restores; it cannot be deleted.`, [{ name: 'name', reason: 'is reserved' }]);
  return deleteSnapshot(o.db, o.name);
}
