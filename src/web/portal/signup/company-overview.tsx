// One company on the portal home: its customer relationship, open questions, pending
// pre-filled orders, agreements, product orders and sales units.
import { ROLE_LABEL } from '../../../domain/registry/roles.js';
import { PRODUCT_SLUG } from '../../../domain/product-orders/prefill-url.js';
import { productName } from '../../../domain/signup/products.js';
import type { CompanyOverview } from '../../../operations/signup/portal-overview.js';
import { Notice } from '../../components/notice.js';
import { formatTime } from '../../form-values.js';
import { StatusBadge } from './components.js';

const PENDING = ['CREATED', 'OPENED'];

function Relationship({ c }: { c: CompanyOverview }) {
  if (c.agreementState === 'ACTIVE') return <span class="badge ok">Customer</span>;
  if (c.agreementState === 'PROCESSING') return <span class="badge">Agreement being processed</span>;
  return <span class="badge warn">No agreement yet</span>;
}

export function CompanyOverviewCard({ c }: { c: CompanyOverview }) {
  const a = c.access;
  const pending = c.orders.filter((o) => PENDING.includes(o.status));
  const sent = c.orders.filter((o) => !PENDING.includes(o.status));
  return (
    <section class="card company" aria-labelledby={`co-${a.orgno}`}>
      <div class="actions" style="justify-content: space-between">
        <h2 id={`co-${a.orgno}`} style="margin: 0">
          {a.name} <span class="muted small mono">{a.orgno}</span>
        </h2>
        <Relationship c={c} />
      </div>
      <p class="small muted">
        Your access: {a.registryRoles.map((r) => ROLE_LABEL[r] ?? r).join(', ')}
        {a.via.includes('portal-user') && ` portal user (${[...a.permissions].join(', ').toLowerCase()})`}
      </p>
      {c.questions.map((q) => (
        <Notice kind="warn">
          Vipps MobilePay has a question about {q.what}. <a href={q.link}>Read and answer it</a>
        </Notice>
      ))}
      {c.agreementState === 'NONE' && c.canOrder && (
        <p>
          <a class="button" href={`/portal/register/${a.orgno}`}>
            Sign the merchant agreement
          </a>
        </p>
      )}
      {pending.length > 0 && (
        <>
          <h3>Pre-filled orders waiting for you</h3>
          <ul>
            {pending.map((o) => (
              <li>
                <a href={o.link}>
                  {productName(o.product_type)}
                  {o.sales_unit_name ? `: ${o.sales_unit_name}` : ''}
                </a>{' '}
                from {o.partner_name ?? 'your own API keys'} <StatusBadge status={o.status} of="order" />
              </li>
            ))}
          </ul>
        </>
      )}
      {c.agreements.length > 0 && (
        <>
          <h3>Merchant agreements</h3>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>Signed</th>
                  <th>Status</th>
                  <th></th>
                </tr>
              </thead>
              <tbody>
                {c.agreements.map((ag) => (
                  <tr>
                    <td>{formatTime(ag.signed_at)}</td>
                    <td>
                      <StatusBadge status={ag.status} of="agreement" />
                    </td>
                    <td>
                      <a href={`/portal/agreements/${ag.id}`}>Open</a> · <a href={`/portal/agreements/${ag.id}/pdf`}>PDF</a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {sent.length > 0 && (
        <>
          <h3>Product orders</h3>
          <div class="table-wrap">
            <table class="stacked">
              <thead>
                <tr>
                  <th>Product</th>
                  <th>Sales unit</th>
                  <th>Partner</th>
                  <th>Status</th>
                </tr>
              </thead>
              <tbody>
                {sent.map((o) => (
                  <tr>
                    <td data-label="Product">
                      <a href={o.link}>{productName(o.product_type)}</a>
                    </td>
                    <td data-label="Sales unit">{o.sales_unit_name ?? '—'}</td>
                    <td data-label="Partner">{o.partner_name ?? '—'}</td>
                    <td data-label="Status">
                      <StatusBadge status={o.status} of="order" />
                      {o.msn && <span class="mono small"> MSN {o.msn}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {c.units.length > 0 && (
        <>
          <h3>Sales units</h3>
          <div class="table-wrap">
            <table class="stacked">
              <thead>
                <tr>
                  <th>MSN</th>
                  <th>Name</th>
                  <th>Product</th>
                  <th>Partner</th>
                </tr>
              </thead>
              <tbody>
                {c.units.map((u) => (
                  <tr>
                    <td class="mono" data-label="MSN">{u.msn}</td>
                    <td data-label="Name">
                      {u.name} {u.status !== 'ACTIVE' && <span class="badge bad">deactivated</span>}
                    </td>
                    <td data-label="Product">{u.product_type ? productName(u.product_type) : '—'}</td>
                    <td data-label="Partner">{u.partner_name ?? 'none'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {c.canOrder && c.agreementState !== 'NONE' && (
        <p class="small">
          Order a product:{' '}
          {Object.entries(PRODUCT_SLUG).map(([t, slug], i) => (
            <>
              {i > 0 && ' · '}
              <a href={`/portal/register/${slug}`}>{productName(t)}</a>
            </>
          ))}
        </p>
      )}
    </section>
  );
}
