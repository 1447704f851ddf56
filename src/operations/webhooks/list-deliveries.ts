// Webhook deliveries, newest first, each with its attempts and when a waiting one is next
// tried: for the inspector and the simulation API.
import type { Queryable } from '../../store/db.js';
import { nextDeliveryAttempts } from '../../store/outbox-repo.js';
import { listAttempts, listDeliveries, type DeliveryFilter } from '../../store/webhook-deliveries-repo.js';
import { WEBHOOK_TOPIC } from './publish-webhook-event.js';

export interface DeliveryAttempt {
  at: number;
  /** The receiver's HTTP status; null when it did not answer. */
  statusCode: number | null;
  durationMs: number;
  responseExcerpt: string | null;
  error: string | null;
}

export interface Delivery {
  id: string;
  webhookId: string;
  eventId: string;
  eventType: string;
  msn: string;
  reference: string;
  url: string;
  body: string;
  /** pending | delivered | failed (given up) | dropped (webhook deleted first) */
  status: string;
  createdAt: number;
  deliveredAt: number | null;
  attempts: DeliveryAttempt[];
  /** Platform time of the next attempt, for a pending delivery. */
  nextAttemptAt: number | null;
}

export async function listDeliveriesWithAttempts(o: { db: Queryable; filter: DeliveryFilter }): Promise<Delivery[]> {
  const rows = await listDeliveries(o.db, o.filter);
  const ids = rows.map((d) => d.id);
  const pending = rows.filter((d) => d.status === 'pending').map((d) => d.id);
  const [attempts, next] = await Promise.all([listAttempts(o.db, ids), nextDeliveryAttempts(o.db, WEBHOOK_TOPIC, pending)]);
  return rows.map((d) => ({
    id: d.id,
    webhookId: d.webhook_id,
    eventId: d.event_id,
    eventType: d.event_type,
    msn: d.msn,
    reference: d.reference,
    url: d.url,
    body: d.body,
    status: d.status,
    createdAt: Number(d.created_at),
    deliveredAt: d.delivered_at === null ? null : Number(d.delivered_at),
    attempts: attempts
      .filter((a) => a.delivery_id === d.id)
      .map((a) => ({ at: Number(a.at), statusCode: a.status_code, durationMs: a.duration_ms, responseExcerpt: a.response_excerpt, error: a.error })),
    nextAttemptAt: next.get(d.id) ?? null,
  }));
}
