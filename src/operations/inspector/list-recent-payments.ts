// The latest payments, newest first, for the inspector.
import type { Payment } from '../../domain/payments/payment.js';
import type { Queryable } from '../../store/db.js';
import { listRecentPayments as listRecent } from '../../store/payments-repo.js';

export function listRecentPayments(o: { db: Queryable; msn?: string; limit: number }): Promise<Payment[]> {
  return listRecent(o.db, { msn: o.msn, limit: o.limit });
}
