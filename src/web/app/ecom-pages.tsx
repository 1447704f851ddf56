// The simulated app's pages for an eCom order: approve or reject, and for Express checkout
// the payer's phone, then the merchant's shipping options. Plain forms, no JavaScript.
import type { UserAddress } from '../../domain/payers/vipps-user.js';
import type { Payment } from '../../domain/payments/payment.js';
import { formatMoney } from '../../domain/payments/format-money.js';
import { isExpress, shippingOptionsOf } from '../../domain/ecom/ecom-payment.js';
import { Layout } from '../render.js';
import { AnswerConfirmation, autoReturn } from './answer-confirmation.js';
import { Notice } from '../components/notice.js';

const nav = [{ href: '/app', label: 'Payment requests' }];

export interface EcomPageProps {
  payment: Payment;
  unitName: string;
  csrf: string;
  phone: string;
  error?: string;
  /** A confirmation to show (consent withdrawn). */
  notice?: string;
  /** Express: the address in the payer's profile, shipped to. */
  address?: UserAddress;
}

function Facts({ payment: p, unitName }: EcomPageProps) {
  return (
    <section class="card">
      <h1>{unitName}</h1>
      <p class="muted">Order {p.reference}</p>
      <p>{p.ecom?.transactionText ?? p.description}</p>
      <p>
        <strong data-testid="amount">{formatMoney(p.amount, p.currency)}</strong>
        {p.ecom && isExpress(p.ecom) && p.state === 'CREATED' && <span class="muted"> plus shipping</span>}
      </p>
    </section>
  );
}

function Hidden({ p, csrf }: { p: Payment; csrf: string }) {
  return (
    <>
      <input type="hidden" name="token" value={p.landingToken} />
      <input type="hidden" name="csrf" value={csrf} />
    </>
  );
}

function PendingForm(props: EcomPageProps) {
  const p = props.payment;
  const ecom = p.ecom!;
  const rejectButton = (
    <button type="submit" name="decision" value="reject" class="secondary">
      Reject
    </button>
  );
  if (!isExpress(ecom)) {
    return (
      <form method="post" action="/app/ecom" class="stack">
        <Hidden p={p} csrf={props.csrf} />
        <label>
          Your phone number
          <input name="phone" inputMode="tel" autoComplete="tel" required value={props.phone} />
        </label>
        <div class="actions">
          <button type="submit" name="decision" value="approve">
            Approve {formatMoney(p.amount, p.currency)}
          </button>
          {rejectButton}
        </div>
      </form>
    );
  }
  const options = shippingOptionsOf(ecom);
  if (!ecom.expressPhone && !options) {
    return (
      <form method="post" action="/app/ecom" class="stack">
        <Hidden p={p} csrf={props.csrf} />
        <label>
          Your phone number
          <span class="hint">Express checkout: the merchant gets your name, email and address to ship to.</span>
          <input name="phone" inputMode="tel" autoComplete="tel" required value={props.phone} />
        </label>
        <div class="actions">
          <button type="submit" name="decision" value="continue">
            Continue
          </button>
          {rejectButton}
        </div>
      </form>
    );
  }
  if (!options) {
    return ecom.shippingProblem ? (
      <form method="post" action="/app/ecom" class="stack">
        <Hidden p={p} csrf={props.csrf} />
        <Notice kind="error" testId="shipping-problem">
          No shipping methods found ({ecom.shippingProblem}).
        </Notice>
        <div class="actions">{rejectButton}</div>
      </form>
    ) : (
      <Notice kind="info" testId="shipping-waiting">
        Asking {props.unitName} for shipping options… <a href={`/app/ecom?token=${p.landingToken}`}>Reload</a>
      </Notice>
    );
  }
  return (
    <form method="post" action="/app/ecom" class="stack">
      <Hidden p={p} csrf={props.csrf} />
      <input type="hidden" name="phone" value={ecom.expressPhone ?? props.phone} />
      {!ecom.expressPhone && (
        <label>
          Your phone number
          <input name="phone" inputMode="tel" autoComplete="tel" required value={props.phone} />
        </label>
      )}
      <fieldset>
        <legend>Shipping</legend>
        {options.map((s) => (
          <label>
            {/* The explicit checkout flow preselects nothing: the payer chooses. */}
            <input type="radio" name="shippingMethodId" value={s.shippingMethodId} checked={!ecom.useExplicitCheckoutFlow && s.isDefault === 'Y'} required /> {s.shippingMethod} —{' '}
            {formatMoney(Math.round(s.shippingCost * 100), p.currency)}
          </label>
        ))}
      </fieldset>
      {ecom.useExplicitCheckoutFlow && (
        <fieldset data-testid="confirm-address">
          <legend>Address</legend>
          {props.address && (
            <p>
              {props.address.streetAddress}, {props.address.postalCode} {props.address.city}, {props.address.country}
            </p>
          )}
          <label>
            <input type="checkbox" name="addressConfirmed" value="yes" required /> Ship to this address
          </label>
        </fieldset>
      )}
      <div class="actions">
        <button type="submit" name="decision" value="approve">
          Approve
        </button>
        {rejectButton}
      </div>
    </form>
  );
}

/** What the payer's own answer led to, as the app confirms it; other ends are plain states. */
const CONFIRMED: Record<string, { heading: string; answer: 'approved' | 'rejected' }> = {
  AUTHORIZED: { heading: 'Payment approved', answer: 'approved' },
  ABORTED: { heading: 'Payment rejected', answer: 'rejected' },
};

export function EcomPage(props: EcomPageProps) {
  const p = props.payment;
  const confirmed = p.state === 'CREATED' ? undefined : CONFIRMED[p.state];
  // Not while showing another notice (consent withdrawn): the payer is reading it.
  const back = props.notice ? undefined : autoReturn(confirmed?.answer, p.ecom?.fallBack);
  return (
    <Layout title={`Pay ${props.unitName}`} area="Payer's app (simulated)" nav={nav} refresh={back}>
      <Facts {...props} />
      {props.error && (
        <Notice kind="error">
          {props.error}
        </Notice>
      )}
      {props.notice && (
        <Notice kind="ok">
          {props.notice}
        </Notice>
      )}
      {p.state === 'CREATED' ? (
        <PendingForm {...props} />
      ) : (
        <>
          <AnswerConfirmation answer={confirmed?.answer} heading={confirmed?.heading} backUrl={p.ecom?.fallBack}>
            <strong>{p.state === 'AUTHORIZED' ? 'Paid' : 'Not paid'}</strong> ({p.state})
            {confirmed ? ` — ${formatMoney(p.amount, p.currency)} to ${props.unitName}${p.payerPhone ? `, from ${p.payerPhone}` : ''}.` : ''}
          </AnswerConfirmation>
          {p.ecom && isExpress(p.ecom) && p.authorizedAt !== null && (
            <form method="post" action="/app/ecom/consent">
              <Hidden p={p} csrf={props.csrf} />
              <button type="submit" class="secondary">
                Withdraw consent to share my details
              </button>
            </form>
          )}
        </>
      )}
    </Layout>
  );
}
