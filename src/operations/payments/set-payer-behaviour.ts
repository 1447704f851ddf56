// What a simulated payer does with the next payment requests: ask (wait for someone to act),
// approve or reject on their own, or never answer (the payment expires).
import { notFound } from '../../domain/errors.js';
import type { PayerBehaviour } from '../../domain/payers/vipps-user.js';
import type { Db } from '../../store/db.js';
import { setPayerBehaviour as storeBehaviour } from '../../store/vipps-users-repo.js';

export interface SetPayerBehaviourOptions {
  db: Db;
  phone: string;
  behaviour: PayerBehaviour;
}

export async function setPayerBehaviour(o: SetPayerBehaviourOptions): Promise<void> {
  if (!(await storeBehaviour(o.db, o.phone, o.behaviour))) {
    throw notFound(`No Vipps user has the phone number ${o.phone}. The world file's vippsUsers section lists them.`);
  }
}
