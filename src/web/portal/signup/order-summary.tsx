// A sent product order as the merchant sees it: what was ordered, and where it stands.
import { productName } from '../../../domain/signup/products.js';
import type { PrefilledOrder } from '../../../operations/signup/load-prefilled-order-page.js';
import { StatusBadge } from './components.js';
import { formatTime } from '../../form-values.js';

export function OrderSummary({ order, partnerName, packageName }: { order: PrefilledOrder; partnerName: string | null; packageName: string | null }) {
  const site = order.website;
  return (
    <section class="card">
      <dl class="facts">
        <dt>Status</dt>
        <dd>
          <StatusBadge status={order.status} of="order" />
        </dd>
        {order.msn && (
          <>
            <dt>MSN</dt>
            <dd class="mono">{order.msn}</dd>
          </>
        )}
        <dt>Product</dt>
        <dd>{productName(order.productType)}</dd>
        <dt>Partner</dt>
        <dd>{partnerName ?? 'none'}</dd>
        <dt>Price package</dt>
        <dd>{packageName ?? '—'}</dd>
        <dt>Sales unit name</dt>
        <dd>{order.salesUnitName ?? '—'}</dd>
        <dt>Settlement account</dt>
        <dd class="mono">{order.settlementAccount ?? '—'}</dd>
        <dt>Website</dt>
        <dd>{site?.url ?? '—'}</dd>
        <dt>Sent</dt>
        <dd>{order.submittedAt ? formatTime(order.submittedAt) : 'not yet'}</dd>
      </dl>
    </section>
  );
}
