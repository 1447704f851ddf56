// A sales unit's Recurring agreements and their charges in the merchant portal.
import type { CompanyAccess } from '../../../operations/portal/access-of-person.js';
import type { UnitRecurringView } from '../../../operations/portal/unit-recurring.js';
import { formatMoney } from '../../../domain/payments/format-money.js';
import { intervalText, type Agreement } from '../../../domain/recurring/agreement.js';
import { formatTime } from '../../form-values.js';
import { Layout } from '../../render.js';
import { portalNav } from '../home.js';
import { MerchantHeader } from '../access-links.js';
import { Notice } from '../../components/notice.js';

const price = (a: Agreement) =>
  a.pricingType === 'VARIABLE' ? `up to ${formatMoney(a.maxAmount ?? a.suggestedMaxAmount!, a.currency)}` : formatMoney(a.amount!, a.currency);

export function UnitRecurringPage({ access, view }: { access: CompanyAccess; view: UnitRecurringView }) {
  return (
    <Layout title={`Agreements · ${view.unit.name}`} area="Merchant portal" nav={portalNav}>
      <MerchantHeader access={access} current="keys" />
      <h1>Recurring agreements of {view.unit.name}</h1>
      <p class="small mono muted">{view.unit.msn}</p>
      {view.agreements.length === 0 ? (
        <Notice kind="info">This sales unit has no Recurring agreements yet.</Notice>
      ) : (
        view.agreements.map(({ agreement: a, charges }) => (
          <section class="card" data-testid="agreement" data-agreement-id={a.id}>
            <h2>
              {a.productName} <span class="badge">{a.status}</span>
            </h2>
            <p>
              {price(a)} · {intervalText(a.interval)} · payer {a.payerPhone ?? a.phoneNumber ?? 'not known yet'} · created {formatTime(a.createdAt)}
            </p>
            <p class="small mono muted">{a.id}</p>
            {charges.length === 0 ? (
              <p class="small muted">No charges.</p>
            ) : (
              <div class="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th>Charge</th>
                      <th>Due</th>
                      <th>Status</th>
                      <th>Amount</th>
                      <th>Captured</th>
                      <th>Refunded</th>
                    </tr>
                  </thead>
                  <tbody>
                    {charges.map((c) => (
                      <tr data-testid="charge">
                        <td class="mono small">{c.id}</td>
                        <td>{c.due}</td>
                        <td>
                          <span class="badge">{c.status}</span>
                          {c.failureReason && <div class="small muted">{c.failureDescription ?? c.failureReason}</div>}
                        </td>
                        <td>{formatMoney(c.amount, c.currency)}</td>
                        <td>{formatMoney(c.captured, c.currency)}</td>
                        <td>{formatMoney(c.refunded, c.currency)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        ))
      )}
    </Layout>
  );
}
