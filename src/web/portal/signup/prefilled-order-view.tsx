// The pre-filled order page as the merchant sees it, at each stage its loader gives.
import type { FieldProblem } from '../../../domain/errors.js';
import { productName } from '../../../domain/signup/products.js';
import type { PrefilledOrderPage } from '../../../operations/signup/load-prefilled-order-page.js';
import { Layout } from '../../render.js';
import { portalNav } from '../home.js';
import { ErrorSummary } from '../../components/field-errors.js';
import { Notice } from '../../components/notice.js';
import { Conversation } from './components.js';
import { ORDER_LABELS, OrderFields, type Values } from './order-fields.js';
import { OrderSummary } from './order-summary.js';

export interface PrefilledOrderViewProps {
  page: PrefilledOrderPage;
  csrf: string;
  /** Where the form posts: the page's own path. */
  action: string;
  notices: { sent?: boolean; answered?: boolean };
  values?: Values;
  problems?: FieldProblem[];
}

export function PrefilledOrderView({ page: p, csrf, action, notices, values, problems = [] }: PrefilledOrderViewProps) {
  const { order, by, companyName } = p;
  return (
    <Layout title={p.title} area="Merchant portal" nav={portalNav}>
      <h1>{p.title}</h1>
      {p.stage === 'sent' && (
        <>
          {notices.sent && <Notice kind="ok">Sent. Vipps MobilePay processes the order and emails you when it is done.</Notice>}
          {notices.answered && <Notice kind="ok">Thank you: your answer was sent, and the order is back in processing.</Notice>}
          {order.status === 'APPROVED' && <Notice kind="ok">Approved: your new sales unit has MSN {order.msn}. We emailed you and {p.partnerName ?? 'the ordering party'} the details.</Notice>}
          {order.status === 'STOPPED' && <Notice kind="error">Vipps MobilePay could not approve this order. We have emailed your contact person.</Notice>}
          {p.case && <Conversation caseId={p.case.id} events={p.events} open={p.case.state === 'AWAITING-CUSTOMER'} csrf={csrf} canAnswer={p.canAct} problems={problems} />}
          <OrderSummary order={order} partnerName={p.partnerName} packageName={p.packageName} />
          <p>
            <a href="/portal">Back to the portal home</a>
          </p>
        </>
      )}
      {p.stage === 'needs-agreement' && (
        <>
          <Notice kind="info">
            <p style="margin-top: 0">
              <strong>Sign the merchant agreement first.</strong> {by} has prepared an order for {productName(order.productType)}, but {companyName} has no merchant agreement with Vipps MobilePay yet.
            </p>
            <p>The agreement is signed once per company, with BankID, by the CEO or the chair. It tells us who owns the company. Then come back to this link to check and send the order.</p>
          </Notice>
          <p>
            <a class="button" href={`/portal/register/${order.orgno}`}>
              Fill in and sign the merchant agreement
            </a>
          </p>
        </>
      )}
      {p.stage === 'form' && (
        <>
          {order.invalid ? (
            <Notice kind="warn">
              <p style="margin-top: 0">
                <strong>The pre-filled information from {by} was not valid, so this form starts empty.</strong> Fill it in yourself, or ask {by} to send you a new link with correct information.
              </p>
              <details>
                <summary>What was wrong</summary>
                <ul>
                  {p.reasons.map((r) => (
                    <li>
                      <code>{r.name}</code> {r.reason}
                    </li>
                  ))}
                </ul>
              </details>
            </Notice>
          ) : (
            <p class="muted">{by} has filled in this order for you. Check it, complete what is empty and send it. Fields marked “set by {by}” cannot be changed here; if one is wrong, ask {by} for a new link.</p>
          )}
          {p.agreement === 'PROCESSING' && <Notice kind="info">Your merchant agreement is being processed; you can send the order now.</Notice>}
          <ErrorSummary problems={problems} title="The order was not sent. Fix these and send again:" labels={ORDER_LABELS} />
          <form method="post" action={action} class="stack wide" novalidate>
            <input type="hidden" name="_csrf" value={csrf} />
            <OrderFields productType={order.productType} values={values ?? {}} problems={problems} locked={p.locked} lockedBy={by} lockedPackageName={p.lockedPackageName} packages={p.choices} />
            <div class="actions">{p.canAct ? <button type="submit">Send the order</button> : <p class="muted">Only an admin, the CEO or the chair of {companyName} can send the order.</p>}</div>
          </form>
        </>
      )}
    </Layout>
  );
}
