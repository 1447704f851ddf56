// Checks an operator's username and password, refusing while the username or the client
// address is locked out after repeated failures.
import { performance } from 'node:perf_hooks';
import { VppError, unauthenticated } from '../../domain/errors.js';
import type { LoginThrottle } from '../../domain/backoffice/login-throttle.js';
import { checkPassword } from '../../security/password.js';
import type { Db } from '../../store/db.js';
import { findOperatorByUsername } from '../../store/operators-repo.js';

export interface LogInOperatorOptions {
  db: Db;
  throttle: LoginThrottle;
  username: string;
  password: string;
  /** The client's address, for the per-address limit. */
  address: string;
}

/** The operator's id; throws unauthenticated (wrong) or rate_limited (locked out). */
export async function logInOperator(o: LogInOperatorOptions): Promise<string> {
  // Real elapsed time, not the simulated clock: a frozen or moved simulation must neither
  // lock an operator out for good nor let a guesser through.
  const now = performance.now();
  const wait = o.throttle.waitMs(o.username, o.address, now);
  if (wait > 0) {
    throw new VppError('rate_limited', `Too many failed log-ins. Try again in ${Math.ceil(wait / 1000)} seconds.`, { code: String(Math.ceil(wait / 1000)) });
  }
  const operator = o.username ? await findOperatorByUsername(o.db, o.username) : undefined;
  // An unknown username is checked against a stand-in hash: the same work, the same answer.
  const ok = await checkPassword(o.password, operator?.password_hash);
  if (!operator || !ok) {
    o.throttle.failed(o.username, o.address, performance.now());
    throw unauthenticated('Wrong username or password.');
  }
  o.throttle.succeeded(o.username);
  return operator.id;
}
