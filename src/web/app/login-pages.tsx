// The payer's app during a Login: enter the phone number, see which data the merchant
// asks for and consent or refuse; answer logins started from a phone number (CIBA); see
// and withdraw the consents given.
import { Layout } from '../render.js';
import { SCOPE_LABELS, isLoginScope } from '../../domain/login/scopes.js';
import { DELEGATED_CONSENTS } from '../../domain/login/delegated-consents.js';
import type { ConsentView, PendingLogin } from '../../operations/login/person-login-overview.js';
import { formatTime } from '../form-values.js';
import { Notice } from '../components/notice.js';

const nav = [
  { href: '/app', label: 'Payment requests' },
  { href: '/app/logins', label: 'Logins and consents' },
];
const AREA = "Payer's app (simulated)";

function ScopeList({ scopes }: { scopes: string[] }) {
  const shown = scopes.filter((s) => s !== 'openid');
  if (shown.length === 0) return <p class="muted">Only that it is you: no other data.</p>;
  return (
    <ul data-testid="scopes">
      {shown.map((s) => (
        <li data-scope={s}>
          {isLoginScope(s) ? SCOPE_LABELS[s] : s}
          {s === 'delegatedConsents' && (
            <ul>
              {DELEGATED_CONSENTS.map((c) => (
                <li>
                  {c.textDisplayedToUser}
                  {c.required ? ' (required)' : ''}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

function ErrorNotice({ error }: { error?: string }) {
  return error ? (
    <Notice kind="error">
      {error}
    </Notice>
  ) : null;
}

export interface LoginStepProps {
  uid: string;
  unitName: string;
  scopes: string[];
  csrf: string;
  error?: string;
}

export function LoginPhonePage(props: LoginStepProps & { phone: string }) {
  return (
    <Layout title={`Log in to ${props.unitName}`} area={AREA} nav={nav}>
      <div class="card">
        <p class="muted small">Log in with Vipps MobilePay to</p>
        <h1 data-testid="merchant">{props.unitName}</h1>
      </div>
      <ErrorNotice error={props.error} />
      <form method="post" action={`/app/login/${props.uid}`} class="stack card">
        <input type="hidden" name="csrf" value={props.csrf} />
        <label>
          Your phone number
          <span class="hint">The number of your Vipps MobilePay app, like 4791234567.</span>
          <input name="phone" inputMode="tel" autoComplete="tel" required value={props.phone} />
        </label>
        <div class="actions">
          <button type="submit">Next</button>
        </div>
      </form>
    </Layout>
  );
}

export function LoginConsentPage(props: LoginStepProps & { phone: string; personName: string }) {
  return (
    <Layout title={`Share with ${props.unitName}?`} area={AREA} nav={nav}>
      <div class="card">
        <p class="muted small">
          Logged in as {props.personName} ({props.phone})
        </p>
        <h1 data-testid="merchant">{props.unitName} asks for</h1>
        <ScopeList scopes={props.scopes} />
        <p class="muted small">You can withdraw this consent at any time under Logins and consents.</p>
      </div>
      <ErrorNotice error={props.error} />
      <form method="post" action={`/app/login/${props.uid}/consent`} class="actions">
        <input type="hidden" name="csrf" value={props.csrf} />
        <input type="hidden" name="phone" value={props.phone} />
        <button type="submit" name="decision" value="accept">
          Accept and log in
        </button>
        <button type="submit" name="decision" value="refuse" class="secondary">
          Refuse
        </button>
      </form>
    </Layout>
  );
}

export function LoginGonePage({ message }: { message: string }) {
  return (
    <Layout title="Login expired" area={AREA} nav={nav}>
      <Notice kind="error">
        {message}
      </Notice>
    </Layout>
  );
}

export function LoginsPage(props: { phone: string; csrf: string; pending: PendingLogin[] | null; consents: ConsentView[] | null; personName?: string; error?: string }) {
  return (
    <Layout title="Logins and consents" area={AREA} nav={nav}>
      <h1>Logins and consents</h1>
      <p class="muted">Play the person logging in: answer login requests a merchant sent to a phone number, and see or withdraw what you share.</p>
      <form method="get" action="/app/logins" class="stack card">
        <label>
          Phone number
          <input name="phone" inputMode="tel" required value={props.phone} />
        </label>
        <div class="actions">
          <button type="submit">Show</button>
        </div>
      </form>
      <ErrorNotice error={props.error} />
      {props.pending && (
        <>
          <h2>Login requests{props.personName ? ` for ${props.personName}` : ''}</h2>
          {props.pending.length === 0 && <Notice kind="info">No login requests waiting.</Notice>}
          {props.pending.map((p) => (
            <div class="card" data-auth-req-id={p.authReqId}>
              <h3>{p.unitName} wants you to log in</h3>
              {p.bindingMessage && (
                <p>
                  Confirmation code <strong data-testid="binding-message">{p.bindingMessage}</strong>: check that the merchant shows the same.
                </p>
              )}
              <ScopeList scopes={p.scopes} />
              <p class="muted small">Answer before {formatTime(p.expiresAt)}</p>
              <form method="post" action="/app/logins/answer" class="actions">
                <input type="hidden" name="csrf" value={props.csrf} />
                <input type="hidden" name="phone" value={props.phone} />
                <input type="hidden" name="authReqId" value={p.authReqId} />
                <button type="submit" name="decision" value="accept">
                  Confirm login
                </button>
                <button type="submit" name="decision" value="refuse" class="secondary">
                  Refuse
                </button>
              </form>
            </div>
          ))}
        </>
      )}
      {props.consents && (
        <>
          <h2>Shared with</h2>
          {props.consents.length === 0 && <Notice kind="info">You share nothing with any merchant through Login.</Notice>}
          {props.consents.map((c) => (
            <div class="card" data-client-id={c.clientId}>
              <h3>{c.unitName}</h3>
              <ScopeList scopes={c.scopes} />
              <p class="muted small">Since {formatTime(c.grantedAt)}</p>
              <form method="post" action="/app/logins/withdraw" class="actions">
                <input type="hidden" name="csrf" value={props.csrf} />
                <input type="hidden" name="phone" value={props.phone} />
                <input type="hidden" name="clientId" value={c.clientId} />
                <button type="submit" class="secondary">
                  Withdraw consent
                </button>
              </form>
            </div>
          ))}
        </>
      )}
    </Layout>
  );
}
