// The inspector's payments: a list, and one payment with its event log and webhooks.
import { formatMoney } from '../../domain/payments/format-money.js';
import type { Payment } from '../../domain/payments/payment.js';
import type { InspectedPayment } from '../../operations/inspector/inspect-payment.js';
import { FilterForm, InspectorLayout, time } from './common.js';
import { DeliveriesView } from './deliveries-view.js';
import type { InspectorFilters } from './filters.js';
import { Notice } from '../components/notice.js';

export function PaymentsPage({ payments, filters }: { payments: Payment[]; filters: InspectorFilters }) {
  return (
    <InspectorLayout title="Payments">
      <h1>Payments</h1>
      <FilterForm action="/inspector/payments" msn={filters.msn} problems={filters.problems} showStatus={false} />
      {payments.length === 0 ? (
        <Notice kind="info">No payments yet.</Notice>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th>Created (UTC)</th>
                <th>MSN</th>
                <th>Reference</th>
                <th>State</th>
                <th>Amount</th>
                <th>Captured</th>
                <th>Refunded</th>
                <th>Cancelled</th>
              </tr>
            </thead>
            <tbody>
              {payments.map((p) => (
                <tr>
                  <td class="small">{time(p.createdAt)}</td>
                  <td>{p.msn}</td>
                  <td>
                    <a href={`/inspector/payments/${p.id}`}>{p.reference}</a>
                  </td>
                  <td>
                    <span class="badge">{p.state}</span>
                  </td>
                  <td>{formatMoney(p.amount, p.currency)}</td>
                  <td>{formatMoney(p.captured, p.currency)}</td>
                  <td>{formatMoney(p.refunded, p.currency)}</td>
                  <td>{formatMoney(p.cancelled, p.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </InspectorLayout>
  );
}

export function PaymentPage(props: InspectedPayment) {
  const p = props.payment;
  return (
    <InspectorLayout title={`Payment ${p.reference}`}>
      <h1>
        Payment <code>{p.reference}</code>
      </h1>
      <div class="card">
        <dl class="facts">
          <dt>MSN</dt>
          <dd>{p.msn}</dd>
          <dt>State</dt>
          <dd>
            <span class="badge">{p.state}</span>
          </dd>
          <dt>pspReference</dt>
          <dd>
            <code>{p.pspReference}</code>
          </dd>
          <dt>Amount</dt>
          <dd>{formatMoney(p.amount, p.currency)}</dd>
          <dt>Authorised / captured / refunded / cancelled</dt>
          <dd>{[p.authorized, p.captured, p.refunded, p.cancelled].map((v) => formatMoney(v, p.currency)).join(' / ')}</dd>
          <dt>Flow</dt>
          <dd>
            {p.paymentMethod} · {p.userFlow}
            {p.longLiving ? ' · long-living' : ''}
          </dd>
          <dt>Payer</dt>
          <dd>{p.payerPhone ?? p.customerPhone ?? '(not known yet)'}</dd>
          <dt>Expires (UTC)</dt>
          <dd>{time(p.expiresAt)}</dd>
          <dt>Description</dt>
          <dd>{p.description ?? ''}</dd>
        </dl>
      </div>
      <h2>Event log</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th>Time (UTC)</th>
              <th>Event</th>
              <th>Amount</th>
              <th>pspReference</th>
              <th>Idempotency-Key</th>
            </tr>
          </thead>
          <tbody>
            {props.events.map((e) => (
              <tr data-event-id={e.eventId}>
                <td class="small">{time(e.createdAt)}</td>
                <td>{e.name}</td>
                <td>{formatMoney(e.amount, e.currency)}</td>
                <td class="small">
                  <code>{e.pspReference}</code>
                </td>
                <td class="small">
                  <code>{e.idempotencyKey ?? ''}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Webhook deliveries</h2>
      <DeliveriesView deliveries={props.deliveries} back={`/inspector/payments/${p.id}`} />
    </InspectorLayout>
  );
}
