// How long a payer's card takes to process a Recurring charge attempt on the simulated
// clock: while it does, the charge shows PROCESSING; 0 (the default) settles attempts at once.
import { notFound } from '../../domain/errors.js';
import type { Db } from '../../store/db.js';
import { setChargeProcessingMinutes } from '../../store/vipps-users-repo.js';

export interface SetChargeProcessingTimeOptions {
  db: Db;
  phone: string;
  minutes: number;
}

export async function setChargeProcessingTime(o: SetChargeProcessingTimeOptions): Promise<void> {
  if (!(await setChargeProcessingMinutes(o.db, o.phone, o.minutes))) {
    throw notFound(`No Vipps user has the phone number ${o.phone}. The world file's vippsUsers section lists them.`);
  }
}
