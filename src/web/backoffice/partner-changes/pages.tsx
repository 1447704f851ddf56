// The back office's partner changes: requests from merchants, the new partner's order, and
// the reconfiguration of the MSN.
import type { VppError } from '../../../domain/errors.js';
import { isOpenPartnerChange } from '../../../domain/partner-change/partner-change-status.js';
import type { PartnerChange } from '../../../operations/partner-change/partner-change-view.js';
import type { PartnerChangeCase } from '../../../operations/partner-change/get-partner-change-case.js';
import { PartnerChangeBadge } from '../../components/partner-change-badge.js';
import { formatTime } from '../../form-values.js';
import { Layout } from '../../render.js';
import { backofficeNav, OperatorBar } from '../layout.js';
import { Notice } from '../../components/notice.js';

const base = '/backoffice/partner-changes';

function ChangesTable({ changes, empty }: { changes: PartnerChange[]; empty: string }) {
  if (!changes.length) return <p class="muted">{empty}</p>;
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th>Asked</th>
            <th>Sales unit</th>
            <th>Move</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr>
              <td class="nowrap">{formatTime(c.requestedAt)}</td>
              <td>
                <a href={`${base}/${c.id}`}>{c.unitName}</a> <span class="small mono muted">{c.msn}</span>
                <div class="small">
                  {c.merchantName} <span class="mono muted">{c.orgno}</span>
                </div>
              </td>
              <td>
                {c.fromPartnerName ?? 'none'} → <strong>{c.toPartnerName}</strong>
                <div>
                  <PartnerChangeBadge status={c.status} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PartnerChangesPage({ operator, csrf, open, closed }: { operator: string; csrf: string; open: PartnerChange[]; closed: PartnerChange[] }) {
  return (
    <Layout title="Partner changes" area="Back office" nav={backofficeNav}>
      <OperatorBar name={operator} csrf={csrf} />
      <h1>Partner changes</h1>
      <p class="muted">
        Merchants ask here to move a sales unit to another partner. Record the new partner's order for the reconfiguration when it arrives, then reconfigure the MSN.
      </p>
      <h2>Open, oldest first</h2>
      <ChangesTable changes={open} empty="No partner change is waiting." />
      <h2>Closed</h2>
      <ChangesTable changes={closed} empty="None yet." />
    </Layout>
  );
}

interface CaseProps extends PartnerChangeCase {
  operator: string;
  csrf: string;
  ok?: string | null;
  error?: VppError | null;
  /** Which form the error belongs to. */
  errorFor?: 'order' | 'decline' | 'complete';
}

function FormError({ error }: { error?: VppError | null }) {
  return error ? (
    <Notice kind="error">
      {error.detail}
    </Notice>
  ) : null;
}

export function PartnerChangeCasePage({ operator, csrf, change: c, history, newPartnerOrders, ok, error, errorFor }: CaseProps) {
  const path = `${base}/${c.id}`;
  const shown = { order: c.status === 'REQUESTED', complete: c.status === 'ORDER_RECEIVED', decline: isOpenPartnerChange(c.status) };
  // A refusal shows next to its form, or at the top when the form is gone (the case moved on).
  const atTop = error && !(errorFor && shown[errorFor]);
  return (
    <Layout title={`Partner change for MSN ${c.msn}`} area="Back office" nav={backofficeNav}>
      <OperatorBar name={operator} csrf={csrf} />
      <p class="small muted">
        <a href={base}>Partner changes</a> / MSN {c.msn}
      </p>
      <h1>
        Move {c.unitName} <span class="mono muted">{c.msn}</span> to {c.toPartnerName}
      </h1>
      {ok && (
        <Notice kind="ok">
          {ok}
        </Notice>
      )}
      {atTop && <FormError error={error} />}
      <div class="card">
        <dl class="facts">
          <dt>Status</dt>
          <dd>
            <PartnerChangeBadge status={c.status} long />
          </dd>
          <dt>Merchant</dt>
          <dd>
            {c.merchantName} <span class="mono">{c.orgno}</span>
          </dd>
          <dt>Asked by</dt>
          <dd>
            {c.requesterName}, {formatTime(c.requestedAt)}
          </dd>
          <dt>Partner when asked</dt>
          <dd>{c.fromPartnerName ?? 'none'}</dd>
          <dt>Partner now</dt>
          <dd>{c.unitPartnerId === c.toPartnerId ? c.toPartnerName : c.unitPartnerId === c.fromPartnerId ? (c.fromPartnerName ?? 'none') : 'changed since (another partner)'}</dd>
          <dt>New partner</dt>
          <dd>
            <strong>{c.toPartnerName}</strong> <span class="small muted">{c.toPartnerEmail}</span>
          </dd>
          <dt>New partner's order</dt>
          <dd>{c.orderReceivedAt ? `${c.orderReference} (recorded ${formatTime(c.orderReceivedAt)})` : <span class="badge warn">not received yet</span>}</dd>
          {c.closeReason && (
            <>
              <dt>Reason declined</dt>
              <dd>{c.closeReason}</dd>
            </>
          )}
        </dl>
      </div>

      <h2>
        Product orders from {c.toPartnerName} for {c.orgno}
      </h2>
      {newPartnerOrders.length === 0 ? (
        <p class="muted">None in vpp. The order may have come by email to partner support.</p>
      ) : (
        <ul>
          {newPartnerOrders.map((o) => (
            <li>
              {formatTime(o.createdAt)}: {o.productType} {o.salesUnitName ? `“${o.salesUnitName}”` : ''} <span class="badge">{o.status}</span> <span class="small mono muted">{o.id}</span>
            </li>
          ))}
        </ul>
      )}

      {shown.order && (
        <>
          <h2>The new partner's order</h2>
          <div class="card">
            {errorFor === 'order' && <FormError error={error} />}
            <form method="post" action={`${path}/order`} class="stack">
              <input type="hidden" name="_csrf" value={csrf} />
              <label>
                How it came
                <span class="hint">Like: email from {c.toPartnerEmail}, with its date, or the product order id above.</span>
                <input name="reference" required maxLength={300} />
              </label>
              <div class="actions">
                <button type="submit">Record the new partner's order</button>
              </div>
            </form>
          </div>
        </>
      )}

      {shown.complete && (
        <>
          <h2>Reconfigure the MSN</h2>
          <div class="card">
            {errorFor === 'complete' && <FormError error={error} />}
            <p style="margin-top: 0">
              MSN {c.msn} gets {c.toPartnerName} as partner. From the next API request {c.toPartnerName}'s partner keys work for it
              {c.fromPartnerName ? `, and ${c.fromPartnerName}'s no longer do` : ''}. The unit's own API keys keep working. The merchant and both partners are emailed.
            </p>
            <form method="post" action={`${path}/complete`}>
              <input type="hidden" name="_csrf" value={csrf} />
              <button type="submit">Reconfigure MSN {c.msn} for {c.toPartnerName}</button>
            </form>
          </div>
        </>
      )}

      {shown.decline && (
        <>
          <h2>Decline</h2>
          <div class="card">
            {errorFor === 'decline' && <FormError error={error} />}
            <form method="post" action={`${path}/decline`} class="stack">
              <input type="hidden" name="_csrf" value={csrf} />
              <label>
                Reason
                <span class="hint">Emailed to the merchant. The partners are not told.</span>
                <textarea name="reason" rows={3} required maxLength={1000}></textarea>
              </label>
              <div class="actions">
                <button type="submit" class="danger">
                  Decline
                </button>
              </div>
            </form>
          </div>
        </>
      )}

      <h2>History of MSN {c.msn}</h2>
      {history.length === 0 ? (
        <p class="muted">Nothing recorded.</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th>When, who</th>
                <th>What</th>
              </tr>
            </thead>
            <tbody>
              {history.map((h) => (
                <tr>
                  <td>
                    <span class="nowrap">{formatTime(h.at)}</span>
                    <div class="small muted">{h.actor}</div>
                  </td>
                  <td>{h.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
