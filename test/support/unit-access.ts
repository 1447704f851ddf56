// Whether a key set reaches a sales unit, asked as a partner asks it: through
// GET /management/v1/sales-units/{msn} with a token of those keys.
import type { TestApp, TokenCreds } from './app.js';

/** The status the Management API answers for the unit with these keys. */
export async function unitAccessStatus(t: TestApp, keys: TokenCreds, msn: string): Promise<number> {
  const res = await t.inject({ method: 'GET', url: `/management/v1/sales-units/${msn}`, headers: await t.auth(keys) });
  return res.statusCode;
}
