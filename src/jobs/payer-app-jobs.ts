// The simulated payers who answer on their own (behaviour approve or reject).
import type { JobDeps } from './deps.js';
import { VppError } from '../domain/errors.js';
import { actAsPayer } from '../operations/payments/act-as-payer.js';
import { PAYER_APP_TOPIC, type PayerAppNotice } from '../operations/payments/notify-payer-app.js';

export function installPayerAppJobs(rt: JobDeps): void {
  rt.outbox.register(PAYER_APP_TOPIC, {
    maxAttempts: 5,
    backoffMs: (attempt) => 1000 * attempt,
    async deliver(_m, payload) {
      const n = payload as PayerAppNotice;
      try {
        await actAsPayer({ db: rt.store.db, paymentId: n.paymentId, decision: n.decision, phone: n.phone, now: rt.clock.now() });
      } catch (err) {
        // Someone acted first (the merchant cancelled, it expired): nothing left to answer.
        if (err instanceof VppError && (err.kind === 'conflict' || err.kind === 'not_found')) return;
        throw err;
      }
    },
  });
}
