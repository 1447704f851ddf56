// When each pending CIBA request was last polled, on this node (a client that spreads its
// polls over several nodes is told to slow down by each of them separately): a poll sooner
// than the interval after the last one is answered slow_down instead of authorization_pending.
import type { Runtime } from '../../runtime.js';
import { CIBA_INTERVAL_S } from './paths.js';

const MAX_TRACKED = 50_000;

export class CibaPollPace {
  readonly #lastPoll = new Map<string, number>();

  /** The answer to a poll of a request still waiting for the person. */
  pendingAnswer(authReqId: string, now: number): { error: 'authorization_pending' | 'slow_down'; error_description: string } {
    const last = this.#lastPoll.get(authReqId);
    this.#lastPoll.delete(authReqId);
    this.#lastPoll.set(authReqId, now);
    if (this.#lastPoll.size > MAX_TRACKED) this.#lastPoll.delete(this.#lastPoll.keys().next().value!);
    if (last !== undefined && now - last < CIBA_INTERVAL_S * 1000) {
      return { error: 'slow_down', error_description: `poll at most every ${CIBA_INTERVAL_S} seconds (the interval of the authentication response)` };
    }
    return { error: 'authorization_pending', error_description: 'the user has not yet confirmed the login in the app; poll again after the interval' };
  }

  /** The request was answered (or is gone): its polls are no longer paced. */
  forget(authReqId: string): void {
    this.#lastPoll.delete(authReqId);
  }
}

const paces = new WeakMap<Runtime, CibaPollPace>();

export function cibaPaceFor(rt: Runtime): CibaPollPace {
  let p = paces.get(rt);
  if (!p) {
    p = new CibaPollPace();
    paces.set(rt, p);
  }
  return p;
}
