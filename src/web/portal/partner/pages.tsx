// The partner's own page in the portal: keys, checklists verified from traffic, evidence
// for what traffic cannot show, and submitting for verification.
import type { ChecklistVerdict } from '../../../domain/checklists/judge-checklist.js';
import type { Credentials } from '../../../domain/keys/generate-credentials.js';
import type { VppError } from '../../../domain/errors.js';
import type { LoginOrderFacts, PortalAccessState } from '../../../domain/partner-journey/portal-access.js';
import { formatTime } from '../../form-values.js';
import { Layout } from '../../render.js';
import { ChecklistView } from '../../partners/checklist-view.js';
import { portalNav } from '../home.js';
import { Notice } from '../../components/notice.js';

interface Props {
  orgno: string;
  csrf: string;
  partner: { id: string; name: string; level: string };
  keys: { id: string; kind: string; client_id: string }[];
  portalAccess: { state: PortalAccessState; order: LoginOrderFacts | null };
  checklists: ChecklistVerdict[];
  allMet: boolean;
  orders: { reference: string; msn: string; last_at: number }[];
  submissions: { id: string; api: string; status: string; operator_note: string | null; created_at: number }[];
  live: boolean;
  ok?: string | null;
  error?: VppError | null;
  shown?: { kind: string; credentials: Credentials } | null;
}

export function PartnerPortalPage(p: Props) {
  const base = `/portal/partner/${p.orgno}`;
  const attachForm = (api: string) => (item: string) => (
    <form method="post" action={`${base}/evidence`} class="actions small">
      <input type="hidden" name="_csrf" value={p.csrf} />
      <input type="hidden" name="api" value={api} />
      <input type="hidden" name="item" value={item} />
      <input name="link" type="url" placeholder="https://… (document, demo or screenshots)" aria-label={`Link for ${item}`} />
      <input name="note" placeholder="Note" aria-label={`Note for ${item}`} />
      <button type="submit" class="secondary">
        Attach
      </button>
    </form>
  );
  return (
    <Layout title={`Partner: ${p.partner.name}`} area="Merchant portal" nav={portalNav}>
      <h1>
        {p.partner.name} <span class="badge">{p.partner.level}</span>
      </h1>
      <p class="muted">
        Partner id <span class="mono">{p.partner.id}</span>. {p.live ? 'Live: merchants can select you when they sign up.' : 'Not live yet: complete your checklist and submit it for verification.'}
      </p>
      {p.ok && (
        <Notice kind="ok">
          {p.ok}
        </Notice>
      )}
      {p.error && (
        <Notice kind="error">
          {p.error.detail}
        </Notice>
      )}
      <h2>Test-environment keys</h2>
      {p.shown && (
        <div class="card" data-shown-keys>
          <dl class="facts">
            <dt>Kind</dt>
            <dd>{p.shown.kind}</dd>
            <dt>client_id</dt>
            <dd class="mono" data-client-id>
              {p.shown.credentials.clientId}
            </dd>
            <dt>client_secret</dt>
            <dd class="mono" data-client-secret>
              {p.shown.credentials.clientSecret}
            </dd>
            <dt>Ocp-Apim-Subscription-Key</dt>
            <dd class="mono" data-subscription-key>
              {p.shown.credentials.subscriptionKey}
            </dd>
          </dl>
        </div>
      )}
      <ul>
        {p.keys.map((k) => (
          <li>
            {k.kind === 'partner' ? 'Partner keys' : 'Management keys'} <span class="mono small">{k.client_id}</span>{' '}
            <form method="post" action={`${base}/keys/${k.id}/reveal`} style="display:inline">
              <input type="hidden" name="_csrf" value={p.csrf} />
              <button type="submit" class="secondary">
                Show keys
              </button>
            </form>
          </li>
        ))}
      </ul>
      <p class="small muted">
        CI can read the verdicts below from <span class="mono">GET /integration-checklists/v1/partners/{p.partner.id}/checklists</span>.
      </p>
      <PortalAccessStep orgno={p.orgno} csrf={p.csrf} partnerName={p.partner.name} {...p.portalAccess} />
      <h2>Checklists {p.allMet ? '(all met)' : ''}</h2>
      {p.checklists.map((c) => (
        <ChecklistView checklist={c} attachForm={attachForm(c.api)} />
      ))}
      <h2>Submit for verification</h2>
      <form method="post" action={`${base}/submit`} class="card stack wide">
        <input type="hidden" name="_csrf" value={p.csrf} />
        <input type="hidden" name="api" value="epayment" />
        <fieldset>
          <legend>Order references from the test environment</legend>
          {p.orders.length ? (
            p.orders.map((o) => (
              <label class="choice">
                <input type="checkbox" name="references" value={o.reference} /> <span class="mono">{o.reference}</span> <span class="small muted">{formatTime(Number(o.last_at))}</span>
              </label>
            ))
          ) : (
            <p class="muted">No ePayment orders recorded yet.</p>
          )}
        </fieldset>
        <label>
          Pilot customer's organisation number
          <input name="pilotOrgno" inputMode="numeric" />
        </label>
        <label>
          How the integration is set up (a link to a demo or documents)
          <textarea name="description" rows={3} />
        </label>
        <button type="submit">Submit the ePayment checklist</button>
      </form>
      {p.submissions.length > 0 && (
        <ul>
          {p.submissions.map((s) => (
            <li>
              {s.api} submitted {formatTime(Number(s.created_at))}: <span class="badge">{s.status}</span> {s.operator_note ?? ''}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

/** The journey step that gives the partner's people its own test sales units in the portal. */
function PortalAccessStep(p: { orgno: string; csrf: string; partnerName: string; state: PortalAccessState; order: LoginOrderFacts | null }) {
  const order = (label: string) => (
    <form method="post" action={`/portal/partner/${p.orgno}/portal-access`} class="actions">
      <input type="hidden" name="_csrf" value={p.csrf} />
      <button type="submit">{label}</button>
    </form>
  );
  return (
    <section data-portal-access={p.state}>
      <h2>Portal access: Vipps Logg inn</h2>
      {p.state === 'NOT_ORDERED' && (
        <>
          <p>
            Order Vipps Logg inn for {p.partnerName} itself. Once the order is approved, your people manage your own test sales units and their API keys in the portal, like any
            merchant's. Login takes no payments, so the checks are light.
          </p>
          {order('Order Vipps Logg inn')}
        </>
      )}
      {p.state === 'ORDERED' && (
        <p>
          Ordered: the back office is reviewing the order (<span class="badge">{p.order!.status}</span>). Your test sales units appear in the portal when it is approved.
        </p>
      )}
      {p.state === 'STOPPED' && (
        <>
          <p>The last order was not approved; the email to your contact says why. You may order again.</p>
          {order('Order Vipps Logg inn again')}
        </>
      )}
      {p.state === 'APPROVED' && (
        <p>
          Approved{p.order!.msn ? <> (Login sales unit <span class="mono">{p.order!.msn}</span>)</> : null}. Your test sales units and their keys are under{' '}
          <a href={`/portal/merchants/${p.orgno}/keys`}>Sales units and API keys</a>; an admin gives more of your people access under{' '}
          <a href={`/portal/merchants/${p.orgno}/users`}>User access</a>.
        </p>
      )}
    </section>
  );
}
