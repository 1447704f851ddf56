// The back office's partner pages: the application queue, one application with the level
// rules evaluated, a partner (level and keys), and the integration queue.
import type { ChecklistVerdict } from '../../../domain/checklists/judge-checklist.js';
import type { VppError } from '../../../domain/errors.js';
import { formatMoney } from '../../../domain/payments/format-money.js';
import { productName } from '../../../domain/signup/products.js';
import { PARTNER_LEVELS } from '../../../domain/world/world-schema.js';
import type { PartnerApplication } from '../../../operations/partner-journey/partner-application-view.js';
import type { PartnerApplicationReview } from '../../../operations/partner-journey/get-partner-application.js';
import { formatTime } from '../../form-values.js';
import { Layout } from '../../render.js';
import { ChecklistView } from '../../partners/checklist-view.js';
import { backofficeNav, OperatorBar } from '../layout.js';
import { Notice } from '../../components/notice.js';
import type { PartnerPortalAccess } from '../../../operations/partner-journey/get-partner-portal-access.js';
import { PortalAccessView } from './portal-access-view.js';

interface Common {
  operator: string;
  csrf: string;
  ok?: string | null;
  error?: VppError | null;
}

function Notices({ ok, error }: { ok?: string | null; error?: VppError | null }) {
  return (
    <>
      {ok && (
        <Notice kind="ok">
          {ok}
        </Notice>
      )}
      {error && (
        <Notice kind="error">
          {error.detail}
        </Notice>
      )}
    </>
  );
}

const nok = (ore: number) => formatMoney(ore, 'NOK');

export function ApplicationsPage({ operator, csrf, pending, decided }: Common & { pending: PartnerApplication[]; decided: PartnerApplication[] }) {
  const table = (rows: PartnerApplication[], empty: string) =>
    rows.length ? (
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th>Applied</th>
              <th>Company</th>
              <th>Type</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr>
                <td class="nowrap">{formatTime(a.createdAt)}</td>
                <td>
                  <a href={`/backoffice/partner-applications/${a.id}`}>{a.orgName}</a> <span class="mono muted small">{a.orgno}</span>
                </td>
                <td>{a.partnerType}</td>
                <td>
                  <span class="badge">{a.status}</span> {a.level ?? ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    ) : (
      <p class="muted">{empty}</p>
    );
  return (
    <Layout title="Partner applications" area="Back office" nav={backofficeNav}>
      <OperatorBar name={operator} csrf={csrf} />
      <h1>Partner applications</h1>
      <h2>Waiting, oldest first</h2>
      {table(pending, 'No application is waiting.')}
      <h2>Decided</h2>
      {table(decided, 'None yet.')}
    </Layout>
  );
}

type ApplicationProps = Common & PartnerApplicationReview;

export function ApplicationPage({ operator, csrf, ok, error, application: a, organisation, roles, rules, qualifies }: ApplicationProps) {
  const base = `/backoffice/partner-applications/${a.id}`;
  return (
    <Layout title={`Partner application: ${a.orgName}`} area="Back office" nav={backofficeNav}>
      <OperatorBar name={operator} csrf={csrf} />
      <p class="small muted">
        <a href="/backoffice/partner-applications">Partner applications</a> / {a.orgName}
      </p>
      <h1>{a.orgName}</h1>
      <Notices ok={ok} error={error} />
      <div class="card">
        <h2>Declared</h2>
        <dl class="facts">
          <dt>Organisation number</dt>
          <dd class="mono">{a.orgno}</dd>
          <dt>Contact</dt>
          <dd>
            {a.contactName}, {a.contactEmail} {a.contactPhone ?? ''}
          </dd>
          <dt>Partner type</dt>
          <dd>{a.partnerType}</dd>
          <dt>Products</dt>
          <dd>{a.products.map(productName).join(', ')}</dd>
          <dt>Active merchants expected</dt>
          <dd>{a.expectedMerchants}</dd>
          <dt>Annual revenue expected</dt>
          <dd>{nok(a.expectedRevenue)}</dd>
          <dt>Status</dt>
          <dd>
            <span class="badge">{a.status}</span> {a.level ?? ''} {a.declineReason ?? ''}
          </dd>
        </dl>
      </div>
      <div class="card">
        <h2>Business registry</h2>
        {organisation ? (
          <dl class="facts">
            <dt>Name</dt>
            <dd>{organisation.name}</dd>
            <dt>Form</dt>
            <dd>{organisation.form}</dd>
            <dt>Industry</dt>
            <dd>{organisation.industry ?? '—'}</dd>
            <dt>Address</dt>
            <dd>{organisation.address}</dd>
            <dt>Roles</dt>
            <dd>{roles.join('; ') || '—'}</dd>
          </dl>
        ) : (
          <p class="muted">Not in the registry any more.</p>
        )}
      </div>
      <div class="card">
        <h2>Partner level rules</h2>
        <p>
          The declared figures qualify for <strong data-qualifies>{qualifies}</strong>.
        </p>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th>Level</th>
                <th>Rule</th>
                <th>Met</th>
              </tr>
            </thead>
            <tbody>
              {rules.map((r) => (
                <tr>
                  <td>{r.level}</td>
                  <td>{r.rule}</td>
                  <td>{r.met ? 'Yes' : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      {a.status === 'PENDING' && (
        <div class="decide">
          <form method="post" action={`${base}/approve`} class="card stack">
            <input type="hidden" name="_csrf" value={csrf} />
            <label>
              Approve at level
              <select name="level">
                {PARTNER_LEVELS.map((l) => (
                  <option value={l} selected={l === qualifies}>
                    {l}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit">Approve</button>
          </form>
          <form method="post" action={`${base}/decline`} class="card stack">
            <input type="hidden" name="_csrf" value={csrf} />
            <label>
              Reason (emailed to the applicant)
              <textarea name="reason" rows={3} />
            </label>
            <button type="submit" class="secondary">
              Decline
            </button>
          </form>
        </div>
      )}
      {a.partnerId && (
        <p>
          <a href={`/backoffice/partners/${a.partnerId}`}>The partner, its level and keys</a>
        </p>
      )}
    </Layout>
  );
}

interface PartnerProps extends Common {
  partner: { id: string; name: string; level: string; type: string };
  keys: { id: string; kind: string; client_id: string; created_at: number; revoked_at: number | null }[];
  checklists: ChecklistVerdict[];
  live: boolean;
  portalAccess: PartnerPortalAccess;
}

export function PartnerPage({ operator, csrf, ok, error, partner: p, keys, checklists, live, portalAccess }: PartnerProps) {
  const base = `/backoffice/partners/${p.id}`;
  return (
    <Layout title={`Partner ${p.name}`} area="Back office" nav={backofficeNav}>
      <OperatorBar name={operator} csrf={csrf} />
      <h1>
        {p.name} <span class="mono muted">{p.id}</span>
      </h1>
      <Notices ok={ok} error={error} />
      <p>
        {p.type}, <strong>{p.level}</strong>
        {live ? ', live (listed)' : ', not live yet'}
      </p>
      <form method="post" action={`${base}/level`} class="card stack">
        <input type="hidden" name="_csrf" value={csrf} />
        <label>
          Level
          <select name="level">
            {PARTNER_LEVELS.map((l) => (
              <option value={l} selected={l === p.level}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Change level</button>
      </form>
      <h2>Keys</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th>Kind</th>
              <th>Client id</th>
              <th>Issued</th>
              <th>State</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr data-key-set={k.id}>
                <td>{k.kind}</td>
                <td class="mono small">{k.client_id}</td>
                <td class="nowrap">{formatTime(Number(k.created_at))}</td>
                <td>
                  {k.revoked_at != null ? (
                    <span class="badge">Revoked {formatTime(Number(k.revoked_at))}</span>
                  ) : (
                    <form method="post" action={`${base}/keys/${k.id}/revoke`}>
                      <input type="hidden" name="_csrf" value={csrf} />
                      <button type="submit" class="secondary">
                        Revoke
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form method="post" action={`${base}/keys`} class="actions">
        <input type="hidden" name="_csrf" value={csrf} />
        <select name="kind">
          <option value="management">Management keys</option>
          <option value="partner">Partner keys</option>
        </select>
        <button type="submit">Issue keys</button>
      </form>
      <PortalAccessView {...portalAccess} />
      <h2>Checklists</h2>
      {checklists.map((c) => (
        <ChecklistView checklist={c} />
      ))}
    </Layout>
  );
}

interface SubmissionView {
  id: string;
  partner_id: string;
  partner_name: string;
  partner_level: string;
  api: string;
  references: string;
  pilot_orgno: string;
  pilot_name: string;
  description: string;
  status: string;
  operator_note: string | null;
  created_at: number;
}

export function IntegrationsPage({ operator, csrf, submitted, decided }: Common & { submitted: SubmissionView[]; decided: SubmissionView[] }) {
  const table = (rows: SubmissionView[], empty: string) =>
    rows.length ? (
      <ul>
        {rows.map((s) => (
          <li>
            <a href={`/backoffice/integrations/${s.id}`}>
              {s.partner_name}: {s.api}
            </a>{' '}
            <span class="badge">{s.status}</span> <span class="small muted">{formatTime(Number(s.created_at))}</span>
          </li>
        ))}
      </ul>
    ) : (
      <p class="muted">{empty}</p>
    );
  return (
    <Layout title="Integrations" area="Back office" nav={backofficeNav}>
      <OperatorBar name={operator} csrf={csrf} />
      <h1>Integrations to verify</h1>
      <h2>Submitted, oldest first</h2>
      {table(submitted, 'Nothing to verify.')}
      <h2>Decided</h2>
      {table(decided, 'None yet.')}
    </Layout>
  );
}

export function IntegrationPage({ operator, csrf, ok, error, submission: s, checklist }: Common & { submission: SubmissionView; checklist: ChecklistVerdict }) {
  const base = `/backoffice/integrations/${s.id}`;
  return (
    <Layout title={`Integration of ${s.partner_name}`} area="Back office" nav={backofficeNav}>
      <OperatorBar name={operator} csrf={csrf} />
      <p class="small muted">
        <a href="/backoffice/integrations">Integrations</a> / {s.partner_name}
      </p>
      <h1>
        {s.partner_name}: {checklist.title}
      </h1>
      <Notices ok={ok} error={error} />
      <div class="card">
        <dl class="facts">
          <dt>Status</dt>
          <dd>
            <span class="badge">{s.status}</span> {s.operator_note ?? ''}
          </dd>
          <dt>Partner</dt>
          <dd>
            <a href={`/backoffice/partners/${s.partner_id}`}>{s.partner_name}</a> ({s.partner_level})
          </dd>
          <dt>Order references</dt>
          <dd class="mono">{(JSON.parse(s.references) as string[]).join(', ')}</dd>
          <dt>Pilot customer</dt>
          <dd>
            {s.pilot_name} <span class="mono">{s.pilot_orgno}</span>
          </dd>
          <dt>Description</dt>
          <dd>{s.description}</dd>
        </dl>
      </div>
      <h2>Automatic verdicts</h2>
      <ChecklistView checklist={checklist} />
      {s.status === 'SUBMITTED' && (
        <div class="decide">
          <form method="post" action={`${base}/approve`} class="card stack">
            <input type="hidden" name="_csrf" value={csrf} />
            <p>Approving lists the partner in the signup forms and on the public partner list.</p>
            <button type="submit">Approve and go live</button>
          </form>
          <form method="post" action={`${base}/more`} class="card stack">
            <input type="hidden" name="_csrf" value={csrf} />
            <label>
              What is missing (emailed to the partner)
              <textarea name="note" rows={3} />
            </label>
            <button type="submit" class="secondary">
              Ask for more
            </button>
          </form>
        </div>
      )}
    </Layout>
  );
}
