// How old a payer is, from the national identity number the registry has for them, and
// whether that meets a payment's minimumUserAge.
import { VppError } from '../errors.js';
import { ninBirthDate } from '../identifiers.js';

/** The full birth year: the individual number (digits 7–9) tells the century. */
function birthYear(nin: string, year2: number): number {
  const individual = Number(nin.slice(6, 9));
  if (individual <= 499) return 1900 + year2;
  if (individual <= 749 && year2 >= 54) return 1800 + year2;
  if (year2 <= 39) return 2000 + year2;
  return 1900 + year2; // 900–999 with 40–99
}

/** Whole years of age at `now`, or null when the number holds no birth date. */
export function ageOf(nin: string, now: number): number | null {
  const b = ninBirthDate(nin);
  if (!b) return null;
  const year = birthYear(nin, b.year2);
  const today = new Date(now);
  const hadBirthday = today.getUTCMonth() + 1 > b.month || (today.getUTCMonth() + 1 === b.month && today.getUTCDate() >= b.day);
  return today.getUTCFullYear() - year - (hadBirthday ? 0 : 1);
}

/** Throws unless the payer (their identity number, if vpp knows them) is old enough. */
export function checkPayerAge(o: { minimumUserAge: number | null | undefined; payerNin: string | null; now: number; reference: string }): void {
  if (o.minimumUserAge === null || o.minimumUserAge === undefined) return;
  const age = o.payerNin ? ageOf(o.payerNin, o.now) : null;
  if (age === null) {
    throw new VppError('forbidden', `The payment ${o.reference} requires a payer of at least ${o.minimumUserAge}, and vpp knows no birth date for this phone number. Approve as a person of the world's registry.`, { title: 'Approve failed' });
  }
  if (age < o.minimumUserAge) {
    throw new VppError('forbidden', `The payer is ${age}, younger than the minimum age of ${o.minimumUserAge} the merchant set for payment ${o.reference}, and cannot approve it.`, { title: 'Approve failed', type: 'user-below-minimum-age' });
  }
}
