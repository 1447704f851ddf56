// How old a payer is (the Vipps user's birth date, else the birth date in the national
// identity number the registry has for the phone number), and whether that meets a
// payment's minimumUserAge.
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

/** Throws unless the payer, of `age` years (null: unknown to vpp), is old enough. */
export function checkPayerAge(o: { minimumUserAge: number | null | undefined; age: number | null; reference: string }): void {
  if (o.minimumUserAge === null || o.minimumUserAge === undefined) return;
  const age = o.age;
  if (age === null) {
    throw new VppError('forbidden', `The payment ${o.reference} requires a payer of at least ${o.minimumUserAge}, and vpp knows no birth date for this phone number. Approve as a Vipps user or a registry person of the world file.`, { title: 'Approve failed' });
  }
  if (age < o.minimumUserAge) {
    throw new VppError('forbidden', `The payer is ${age}, younger than the minimum age of ${o.minimumUserAge} the merchant set for payment ${o.reference}, and cannot approve it.`, { title: 'Approve failed', type: 'user-below-minimum-age' });
  }
}
