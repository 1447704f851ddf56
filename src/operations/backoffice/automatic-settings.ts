// The settings of automatic processing: the world file's backOffice block (seeded into the
// settings table, so every node reads the same), with --auto-approve-after overriding the delay.
import type { Queryable } from '../../store/db.js';
import { getSetting } from '../../store/settings-repo.js';

export const AUTOMATIC_SETTING = 'backoffice_automatic';

export interface AutomaticSettings {
  /** Delay before an automatic decision; null: nothing is decided automatically. */
  afterSeconds: number | null;
  declineOrgnos: string[];
  moreInformationOrgnos: string[];
}

export async function automaticSettings(db: Queryable, flagSeconds: number | undefined): Promise<AutomaticSettings> {
  const raw = await getSetting(db, AUTOMATIC_SETTING);
  const world = raw ? (JSON.parse(raw) as { autoApproveAfterSeconds?: number; declineOrgnos?: string[]; moreInformationOrgnos?: string[] }) : {};
  return {
    afterSeconds: flagSeconds ?? world.autoApproveAfterSeconds ?? null,
    declineOrgnos: world.declineOrgnos ?? [],
    moreInformationOrgnos: world.moreInformationOrgnos ?? [],
  };
}
