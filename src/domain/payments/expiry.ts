// How long a payer has: 10 minutes by default (platform timeouts), or until expiresAt for a
// long-living payment, which must lie more than 10 minutes and less than 28 days ahead.

export const PAYER_TIMEOUT_MS = 10 * 60_000;
export const LONG_LIVING_MIN_MS = 10 * 60_000;
export const LONG_LIVING_MAX_MS = 28 * 86_400_000;

/** RFC 3339 date-time, as the spec's pattern for expiresAt has it. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-](2[0-3]|[01]\d):[0-5]\d)$/;

/** Parses expiresAt; returns epoch ms or what is wrong with it. */
export function parseExpiresAt(value: string, now: number): { at: number } | { problem: string } {
  const at = RFC3339.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(at)) return { problem: 'must be an RFC 3339 date-time, like 2030-01-31T12:00:00Z' };
  if (at - now <= LONG_LIVING_MIN_MS) return { problem: `must be more than 10 minutes in the future (it is now ${new Date(now).toISOString()})` };
  if (at - now >= LONG_LIVING_MAX_MS) return { problem: `must be less than 28 days in the future (it is now ${new Date(now).toISOString()})` };
  return { at };
}

export const defaultExpiry = (createdAt: number) => createdAt + PAYER_TIMEOUT_MS;
