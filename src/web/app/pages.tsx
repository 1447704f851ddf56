// Pages of the simulated payer's app: the landing page of one payment, and a phone's list
// of pending payment requests. Plain forms: they work without JavaScript.
import type { Payment } from '../../domain/payments/payment.js';
import { formatMoney } from '../../domain/payments/format-money.js';
import { Layout } from '../render.js';
import { AnswerConfirmation, autoReturn } from './answer-confirmation.js';
import { Notice } from '../components/notice.js';

export const payerAppNav = [{ href: '/app', label: 'Payment requests' }];

export interface PaymentCardProps {
  payment: Payment;
  unitName: string;
}

function PaymentFacts({ payment: p, unitName }: PaymentCardProps) {
  return (
    <div class="card">
      <p class="muted small">Pay to</p>
      <h2 data-testid="merchant">{unitName}</h2>
      <p class="amount" data-testid="amount">
        {formatMoney(p.amount, p.currency)}
      </p>
      {p.description && <p data-testid="description">{p.description}</p>}
      <p class="muted small">
        Reference <code>{p.reference}</code> · answer before {new Date(p.expiresAt).toISOString().replace('T', ' ').slice(0, 16)} UTC
      </p>
    </div>
  );
}

const STATE_TEXT: Record<string, string> = {
  AUTHORIZED: 'You approved this payment.',
  ABORTED: 'You rejected this payment.',
  EXPIRED: 'This payment request expired before anyone answered it.',
  TERMINATED: 'The merchant cancelled this payment request.',
};

export function LandingPage(props: PaymentCardProps & { csrf: string; phone: string; error?: string }) {
  const p = props.payment;
  const pending = p.state === 'CREATED';
  const back = pending ? undefined : autoReturn(CONFIRMED[p.state]?.answer, p.returnUrl);
  return (
    <Layout title={`Pay ${props.unitName}`} area="Payer's app (simulated)" nav={payerAppNav} refresh={back}>
      <PaymentFacts {...props} />
      {props.error && (
        <Notice kind="error">
          {props.error}
        </Notice>
      )}
      {pending ? (
        <form method="post" action="/app/landing" class="stack">
          <input type="hidden" name="token" value={p.landingToken} />
          <input type="hidden" name="csrf" value={props.csrf} />
          <label>
            Your phone number
            <span class="hint">The number of the payer's app, like 4791234567.</span>
            <input name="phone" inputMode="tel" autoComplete="tel" required value={props.phone} />
          </label>
          <div class="actions">
            <button type="submit" name="decision" value="approve">
              Approve {formatMoney(p.amount, p.currency)}
            </button>
            <button type="submit" name="decision" value="reject" class="secondary">
              Reject
            </button>
          </div>
        </form>
      ) : (
        <ResultNotice payment={p} unitName={props.unitName} />
      )}
    </Layout>
  );
}

/** What the payer's own answer led to, as the app confirms it; other ends are plain states. */
const CONFIRMED: Record<string, { heading: string; answer: 'approved' | 'rejected' }> = {
  AUTHORIZED: { heading: 'Payment approved', answer: 'approved' },
  ABORTED: { heading: 'Payment rejected', answer: 'rejected' },
};

function ResultNotice({ payment: p, unitName }: { payment: Payment; unitName?: string }) {
  const confirmed = CONFIRMED[p.state];
  return (
    <AnswerConfirmation answer={confirmed?.answer} heading={confirmed?.heading} backUrl={p.returnUrl}>
      <strong>{p.state}</strong> — {STATE_TEXT[p.state] ?? ''}
      {confirmed && unitName ? ` ${formatMoney(p.amount, p.currency)} to ${unitName}${p.payerPhone ? `, from ${p.payerPhone}` : ''}.` : ''}
    </AnswerConfirmation>
  );
}

export interface PendingItem {
  payment: Payment;
  unitName: string;
}

export function RequestsPage(props: { phone: string; items: PendingItem[] | null; csrf: string; error?: string; answered?: PendingItem }) {
  return (
    <Layout title="Payment requests" area="Payer's app (simulated)" nav={payerAppNav}>
      <h1>Payment requests</h1>
      <p class="muted">Play the payer: see the push and QR payment requests sent to a phone number, and answer them.</p>
      <form method="get" action="/app" class="stack card">
        <label>
          Phone number
          <input name="phone" inputMode="tel" required value={props.phone} />
        </label>
        <div class="actions">
          <button type="submit">Show requests</button>
        </div>
      </form>
      {props.error && (
        <Notice kind="error">
          {props.error}
        </Notice>
      )}
      {props.answered && <ResultNotice payment={props.answered.payment} unitName={props.answered.unitName} />}
      {props.items && props.items.length === 0 && <Notice kind="info">No pending payment requests for {props.phone}.</Notice>}
      {props.items?.map(({ payment: p, unitName }) => (
        <div class="card" data-reference={p.reference}>
          <h2>{unitName}</h2>
          <p class="amount">{formatMoney(p.amount, p.currency)}</p>
          {p.description && <p>{p.description}</p>}
          <p class="muted small">
            Reference <code>{p.reference}</code> · {p.userFlow}
          </p>
          <form method="post" action="/app/landing" class="actions">
            <input type="hidden" name="token" value={p.landingToken} />
            <input type="hidden" name="csrf" value={props.csrf} />
            <input type="hidden" name="phone" value={props.phone} />
            <input type="hidden" name="from" value="list" />
            <button type="submit" name="decision" value="approve">
              Approve
            </button>
            <button type="submit" name="decision" value="reject" class="secondary">
              Reject
            </button>
          </form>
        </div>
      ))}
      <h2>Scan a QR code</h2>
      <form method="get" action="/app/open" class="stack card">
        <label>
          QR code content or payment link
          <span class="hint">Paste the target URL of a payment QR code (its redirectUrl with qrFormat TEXT/TARGETURL) or a landing page link.</span>
          <input name="link" required />
        </label>
        <div class="actions">
          <button type="submit" class="secondary">
            Open
          </button>
        </div>
      </form>
    </Layout>
  );
}

export function NotFoundPage({ message }: { message: string }) {
  return (
    <Layout title="Not found" area="Payer's app (simulated)" nav={payerAppNav}>
      <Notice kind="error">{message}</Notice>
    </Layout>
  );
}
