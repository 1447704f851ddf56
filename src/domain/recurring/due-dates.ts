// Due dates: a calendar day (YYYY-MM-DD, UTC). Charges are attempted at 07:00 UTC, the
// first of the platform's daily charge times, on the due day and on each retry day.
import { invalid } from '../errors.js';

const DAY_MS = 86_400_000;
export const ATTEMPT_HOUR_UTC = 7;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a YYYY-MM-DD day, or null when it is no real date. */
export function dayStart(due: string): number | null {
  const m = DATE.exec(due);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(t).toISOString().slice(0, 10) === due ? t : null;
}

export const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** When a charge due on `due` is first attempted. */
export const firstAttemptAt = (dueStart: number) => dueStart + ATTEMPT_HOUR_UTC * 3_600_000;
/** When the retry after an attempt at `at` is made: the next day's charge time. */
export const nextAttemptAfter = (at: number) => Math.floor(at / DAY_MS) * DAY_MS + DAY_MS + ATTEMPT_HOUR_UTC * 3_600_000;
/** The last attempt for a charge due on `dueStart` with `retryDays`. */
export const lastAttemptAt = (dueStart: number, retryDays: number) => firstAttemptAt(dueStart) + retryDays * DAY_MS;

/**
 * A charge must be due at least two days ahead (one day in the test environment) and at
 * most two years ahead, counted in calendar days from today (UTC).
 */
export function checkDue(due: string, o: { now: number; testMode: boolean }): number {
  const start = dayStart(due);
  if (start === null) throw invalid(`The due date ${JSON.stringify(due)} is not a date in the format YYYY-MM-DD.`, [{ name: 'due', reason: 'must be a date YYYY-MM-DD' }]);
  const today = Math.floor(o.now / DAY_MS) * DAY_MS;
  const minDays = o.testMode ? 1 : 2;
  const earliest = today + minDays * DAY_MS;
  if (start < earliest) {
    throw invalid(`The due date ${due} is too early: it must be at least ${minDays} day${minDays > 1 ? 's' : ''} after today (${dayOf(today)}), so ${dayOf(earliest)} or later.`, [
      { name: 'due', reason: `must be ${dayOf(earliest)} or later` },
    ]);
  }
  const latest = Date.UTC(new Date(today).getUTCFullYear() + 2, new Date(today).getUTCMonth(), new Date(today).getUTCDate());
  if (start > latest) {
    throw invalid(`The due date ${due} is too late: it may be at most two years ahead, so ${dayOf(latest)} or earlier.`, [{ name: 'due', reason: `must be ${dayOf(latest)} or earlier` }]);
  }
  return start;
}
