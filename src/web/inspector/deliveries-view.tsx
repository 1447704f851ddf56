// Webhook deliveries with every attempt and what the receiver answered.
import type { Delivery } from '../../operations/webhooks/list-deliveries.js';
import { statusBadge, time } from './common.js';
import { Notice } from '../components/notice.js';

const STATUS_CLASS: Record<string, string> = { delivered: 'ok', pending: 'warn', failed: 'bad', dropped: '' };

export function DeliveriesView({ deliveries, back }: { deliveries: Delivery[]; back: string }) {
  if (!deliveries.length) return <Notice kind="info">No webhook deliveries.</Notice>;
  return (
    <>
      {deliveries.map((d) => (
        <div class="card" data-delivery-id={d.id}>
          <p>
            <span class={`badge ${STATUS_CLASS[d.status] ?? ''}`}>{d.status}</span> <code>{d.eventType}</code> for <code>{d.reference}</code> (MSN {d.msn}) to <code>{d.url}</code>
          </p>
          <p class="muted small">
            Event id <code>{d.eventId}</code> · webhook <code>{d.webhookId}</code> · created {time(d.createdAt)}
            {d.deliveredAt !== null && ` · delivered ${time(d.deliveredAt)}`}
            {d.nextAttemptAt !== null && (
              <>
                {' · '}
                <span data-next-attempt>next attempt {time(d.nextAttemptAt)} UTC</span>
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
          {d.attempts.length > 0 && (
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
                  {d.attempts.map((a) => (
                      <tr>
                        <td class="small">{time(a.at)}</td>
                        <td>{statusBadge(a.statusCode)}</td>
                        <td class="small">{`${a.durationMs} ms`}</td>
                        <td class="small">
                          {a.error && <span class="error-text">{a.error}</span>}
                          {a.responseExcerpt && <code>{a.responseExcerpt}</code>}
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
