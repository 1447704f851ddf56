// Webhook deliveries with every attempt and what the receiver answered.
import type { Delivery as WebhookDeliveryRow, DeliveryAttempt as Attempt } from '../../operations/inspector/list-recent-deliveries.js';
import { statusBadge, time } from './common.js';
import { Notice } from '../components/notice.js';

const STATUS_CLASS: Record<string, string> = { delivered: 'ok', pending: 'warn', failed: 'bad', dropped: '' };

export function DeliveriesView({ deliveries, attempts, nextAttempts, back }: { deliveries: WebhookDeliveryRow[]; attempts: Attempt[]; nextAttempts: Map<string, number>; back: string }) {
  if (!deliveries.length) return <Notice kind="info">No webhook deliveries.</Notice>;
  return (
    <>
      {deliveries.map((d) => (
        <div class="card" data-delivery-id={d.id}>
          <p>
            <span class={`badge ${STATUS_CLASS[d.status] ?? ''}`}>{d.status}</span> <code>{d.event_type}</code> for <code>{d.reference}</code> (MSN {d.msn}) to <code>{d.url}</code>
          </p>
          <p class="muted small">
            Event id <code>{d.event_id}</code> · webhook <code>{d.webhook_id}</code> · created {time(Number(d.created_at))}
            {d.delivered_at !== null && ` · delivered ${time(Number(d.delivered_at))}`}
            {nextAttempts.has(d.id) && (
              <>
                {' · '}
                <span data-next-attempt>next attempt {time(nextAttempts.get(d.id)!)} UTC</span>
              </>
            )}
          </p>
          <form method="post" action={`/inspector/webhooks/${d.id}/resend`} class="inline-form">
            <input type="hidden" name="back" value={back} />
            <button type="submit" class="secondary">
              Resend
            </button>
          </form>
          <details>
            <summary>Body</summary>
            <pre>{d.body}</pre>
          </details>
          {attempts.filter((a) => a.delivery_id === d.id).length > 0 && (
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th>Attempt at (UTC)</th>
                    <th>Answer</th>
                    <th>Took</th>
                    <th>Response or error</th>
                  </tr>
                </thead>
                <tbody>
                  {attempts
                    .filter((a) => a.delivery_id === d.id)
                    .map((a) => (
                      <tr>
                        <td class="small">{time(a.at)}</td>
                        <td>{statusBadge(a.status_code)}</td>
                        <td class="small">{`${a.duration_ms} ms`}</td>
                        <td class="small">
                          {a.error && <span class="error-text">{a.error}</span>}
                          {a.response_excerpt && <code>{a.response_excerpt}</code>}
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      ))}
    </>
  );
}
