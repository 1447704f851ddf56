// Pages of the simulated payer's app for Recurring: the agreement a confirmation link
// opens (product, price, interval, campaign, initial charge; accept or reject), and a
// phone's active agreements, each with a stop button. Plain forms, no JavaScript.
import type { Agreement } from '../../domain/recurring/agreement.js';
import { intervalText } from '../../domain/recurring/agreement.js';
import { campaignExplanation } from '../../domain/recurring/views.js';
import { formatMoney } from '../../domain/payments/format-money.js';
import { Layout } from '../render.js';
import { AnswerConfirmation, autoReturn } from './answer-confirmation.js';
import { Notice } from '../components/notice.js';

const nav = [
  { href: '/app', label: 'Payment requests' },
  { href: '/app/agreements', label: 'Agreements' },
];

export interface AgreementCardProps {
  agreement: Agreement;
  unitName: string;
}

function price(a: Agreement): string {
  return a.pricingType === 'VARIABLE'
    ? `Up to ${formatMoney(a.maxAmount ?? a.suggestedMaxAmount!, a.currency)} ${intervalText(a.interval)}`
    : `${formatMoney(a.amount!, a.currency)} ${intervalText(a.interval)}`;
}

export function AgreementFacts({ agreement: a, unitName }: AgreementCardProps) {
  return (
    <div class="card">
      <p class="muted small">Agreement with</p>
      <h2 data-testid="merchant">{unitName}</h2>
      <p data-testid="product">
        <strong>{a.productName}</strong>
        {a.productDescription && <span class="muted"> — {a.productDescription}</span>}
      </p>
      <p class="amount" data-testid="price">
        {price(a)}
      </p>
      {a.campaign && (
        <Notice kind="ok" testId="campaign">
          Campaign: {campaignExplanation(a.campaign, a)}
        </Notice>
      )}
      {a.initialCharge && (
        <p data-testid="initial-charge">
          Paid now: {formatMoney(a.initialCharge.amount, a.currency)} ({a.initialCharge.description}
          {a.initialCharge.transactionType === 'RESERVE_CAPTURE' ? ', reserved until the merchant ships' : ''})
        </p>
      )}
      {a.scope && <p class="muted small">Shares with the merchant: {a.scope.split(' ').join(', ')}</p>}
      <p class="muted small">
        Manage it at <a href={a.merchantAgreementUrl}>{a.merchantAgreementUrl}</a>
      </p>
    </div>
  );
}

const STATUS_TEXT: Record<string, string> = {
  ACTIVE: 'You accepted this agreement.',
  STOPPED: 'This agreement is stopped.',
  EXPIRED: 'This agreement expired before it was accepted (or its first payment failed).',
};

/** The payer's own answer, as the app confirms it: accepted, or rejected before it ever started. */
function answerOf(a: Agreement): { answer: 'approved' | 'rejected'; heading: string } | undefined {
  if (a.status === 'ACTIVE') return { answer: 'approved', heading: 'Agreement accepted' };
  if (a.status === 'STOPPED' && a.startAt === null && a.payerPhone) return { answer: 'rejected', heading: 'Agreement rejected' };
  return undefined;
}

export function ConfirmAgreementPage(props: AgreementCardProps & { csrf: string; phone: string; error?: string }) {
  const a = props.agreement;
  const confirmed = answerOf(a);
  // An agreement made for an app (isApp) returns through the button: its redirect is the app's own scheme.
  const back = a.isApp ? undefined : autoReturn(confirmed?.answer, a.merchantRedirectUrl);
  return (
    <Layout title={`Agreement with ${props.unitName}`} area="Payer's app (simulated)" nav={nav} refresh={back}>
      <AgreementFacts {...props} />
      {props.error && (
        <Notice kind="error">
          {props.error}
        </Notice>
      )}
      {a.status === 'PENDING' ? (
        <form method="post" action="/app/recurring" class="stack">
          <input type="hidden" name="token" value={a.confirmationToken} />
          <input type="hidden" name="csrf" value={props.csrf} />
          <label>
            Your phone number
            <span class="hint">The number of the payer's app, like 4791234567.</span>
            <input name="phone" inputMode="tel" autoComplete="tel" required value={props.phone} />
          </label>
          {a.pricingType === 'VARIABLE' && (
            <label>
              Your max amount per charge (øre)
              <span class="hint">The merchant suggests {formatMoney(a.suggestedMaxAmount!, a.currency)}.</span>
              <input name="maxAmount" inputMode="numeric" value={String(a.suggestedMaxAmount)} />
            </label>
          )}
          <div class="actions">
            <button type="submit" name="decision" value="accept">
              Accept
            </button>
            <button type="submit" name="decision" value="reject" class="secondary">
              Reject
            </button>
          </div>
        </form>
      ) : (
        <AnswerConfirmation answer={confirmed?.answer} heading={confirmed?.heading} backUrl={a.merchantRedirectUrl}>
          <strong data-testid="status">{a.status}</strong> — {confirmed?.answer === 'rejected' ? 'You rejected this agreement.' : (STATUS_TEXT[a.status] ?? '')}
          {confirmed && a.payerPhone ? ` ${a.productName} with ${props.unitName}, from ${a.payerPhone}.` : ''}
        </AnswerConfirmation>
      )}
    </Layout>
  );
}

export function AgreementsPage(props: { phone: string; items: AgreementCardProps[] | null; csrf: string; error?: string }) {
  return (
    <Layout title="Agreements" area="Payer's app (simulated)" nav={nav}>
      <form method="get" action="/app/agreements" class="stack">
        <label>
          Phone number
          <input name="phone" inputMode="tel" required value={props.phone} />
        </label>
        <button type="submit">Show my agreements</button>
      </form>
      {props.error && (
        <Notice kind="error">
          {props.error}
        </Notice>
      )}
      {props.items && props.items.length === 0 && <p class="muted">No active agreements.</p>}
      {props.items?.map((item) => (
        <div data-testid="agreement">
          <AgreementFacts {...item} />
          <form method="post" action="/app/agreements/stop">
            <input type="hidden" name="csrf" value={props.csrf} />
            <input type="hidden" name="phone" value={props.phone} />
            <input type="hidden" name="agreementId" value={item.agreement.id} />
            <button type="submit" class="secondary">
              Stop this agreement
            </button>
          </form>
        </div>
      ))}
    </Layout>
  );
}
