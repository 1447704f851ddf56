// The inspector's Recurring view: a unit's (or every unit's) newest agreements and
// charges, next to its payments.
import { formatMoney } from '../../domain/payments/format-money.js';
import { intervalText, type Agreement } from '../../domain/recurring/agreement.js';
import type { Charge } from '../../domain/recurring/charge.js';
import { FilterForm, InspectorLayout, time } from './common.js';
import type { InspectorFilters } from './filters.js';
import { Notice } from '../components/notice.js';

const price = (a: Agreement) =>
  a.pricingType === 'VARIABLE' ? `max ${formatMoney(a.maxAmount ?? a.suggestedMaxAmount!, a.currency)}` : formatMoney(a.amount!, a.currency);

export function RecurringPage({ agreements, charges, filters }: { agreements: Agreement[]; charges: Charge[]; filters: InspectorFilters }) {
  return (
    <InspectorLayout title="Recurring">
      <h1>Recurring agreements</h1>
      <FilterForm action="/inspector/recurring" msn={filters.msn} problems={filters.problems} showStatus={false} />
      {agreements.length === 0 ? (
        <Notice kind="info">No agreements yet.</Notice>
      ) : (
        <div class="table-wrap">
          <table data-testid="agreements">
            <thead>
              <tr>
                <th>Created (UTC)</th>
                <th>MSN</th>
                <th>Agreement</th>
                <th>Status</th>
                <th>Product</th>
                <th>Price</th>
                <th>Interval</th>
                <th>Payer</th>
              </tr>
            </thead>
            <tbody>
              {agreements.map((a) => (
                <tr>
                  <td class="small">{time(a.createdAt)}</td>
                  <td>{a.msn}</td>
                  <td>
                    <code>{a.id}</code>
                  </td>
                  <td>
                    <span class="badge">{a.status}</span>
                  </td>
                  <td>{a.productName}</td>
                  <td>{price(a)}</td>
                  <td>{intervalText(a.interval)}</td>
                  <td>{a.payerPhone ?? a.phoneNumber ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>Charges</h2>
      {charges.length === 0 ? (
        <Notice kind="info">No charges yet.</Notice>
      ) : (
        <div class="table-wrap">
          <table data-testid="charges">
            <thead>
              <tr>
                <th>Created (UTC)</th>
                <th>MSN</th>
                <th>Charge</th>
                <th>Agreement</th>
                <th>Type</th>
                <th>Status</th>
                <th>Due</th>
                <th>Amount</th>
                <th>Captured</th>
                <th>Refunded</th>
                <th>Cancelled</th>
                <th>Failure</th>
              </tr>
            </thead>
            <tbody>
              {charges.map((c) => (
                <tr>
                  <td class="small">{time(c.createdAt)}</td>
                  <td>{c.msn}</td>
                  <td>
                    <code>{c.id}</code>
                  </td>
                  <td>
                    <code>{c.agreementId}</code>
                  </td>
                  <td>
                    {c.type} · {c.transactionType}
                  </td>
                  <td>
                    <span class="badge">{c.status}</span>
                  </td>
                  <td>{c.due}</td>
                  <td>{formatMoney(c.amount, c.currency)}</td>
                  <td>{formatMoney(c.captured, c.currency)}</td>
                  <td>{formatMoney(c.refunded, c.currency)}</td>
                  <td>{formatMoney(c.cancelled, c.currency)}</td>
                  <td>{c.failureReason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </InspectorLayout>
  );
}
