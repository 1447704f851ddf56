// What the operator reads on a case: the company in the registry, the agreement or the
// order, the checks and the history.
import { OWNER_ROLES } from '../../../domain/agreements/agreement-form.js';
import type { CaseCheck } from '../../../domain/backoffice/case-checks.js';
import { ROLE_LABEL } from '../../../domain/registry/roles.js';
import { productName } from '../../../domain/signup/products.js';
import type { CaseDetails } from '../../../operations/backoffice/load-case.js';
import { formatTime } from '../../form-values.js';

const CHECK_BADGE: Record<CaseCheck['status'], [string, string]> = {
  ok: ['passed', 'ok'],
  failed: ['not passed', 'bad'],
  operator: ['for you to check', 'warn'],
  'not-applicable': ['not applicable', ''],
};

export function Checks({ checks }: { checks: CaseCheck[] }) {
  return (
    <ul class="checks">
      {checks.map((c) => (
        <li>
          <span class={`badge ${CHECK_BADGE[c.status][1]}`}>{CHECK_BADGE[c.status][0]}</span> <strong>{c.label}</strong>
          <div class="small muted">{c.detail}</div>
        </li>
      ))}
    </ul>
  );
}

export function Company({ d }: { d: CaseDetails }) {
  return (
    <dl class="facts">
      <dt>Company</dt>
      <dd>
        {d.companyName} <span class="mono">{d.case.orgno}</span>
      </dd>
      <dt>In the registry</dt>
      <dd>{d.registryRoles.map((r) => `${r.name} (${ROLE_LABEL[r.role] ?? r.role})`).join(', ') || 'no roles'}</dd>
    </dl>
  );
}

export function AgreementFacts({ d }: { d: CaseDetails }) {
  const a = d.agreement!;
  const { answers, signer } = a.record;
  return (
    <dl class="facts">
      <dt>Signed by</dt>
      <dd>
        {signer.name} ({signer.roles.map((r) => ROLE_LABEL[r] ?? r).join(', ')}), {formatTime(a.signedAt)}
      </dd>
      <dt>Contact</dt>
      <dd>
        {answers.contact.name}, {answers.contact.email} {answers.contact.phone}
      </dd>
      <dt>Beneficial owners</dt>
      <dd>
        {answers.owners.length ? (
          <ul>
            {answers.owners.map((o) => (
              <li>
                {o.name}, {o.nin ? <span class="mono">{o.nin}</span> : `born ${o.birthDate}`}: {o.share} %, {OWNER_ROLES[o.role].toLowerCase()}
              </li>
            ))}
          </ul>
        ) : (
          'Declared: nobody above 25 %'
        )}
      </dd>
      <dt>Politically exposed</dt>
      <dd>{answers.pep ? `Yes: ${answers.pepDetails}` : 'No'}</dd>
      <dt>Document</dt>
      <dd>
        <a href={`/backoffice/agreements/${a.id}/pdf`}>The signed agreement (PDF)</a>
      </dd>
    </dl>
  );
}

export function OrderFacts({ d }: { d: CaseDetails }) {
  const o = d.order!;
  const site = o.website;
  const compliance = o.complianceData;
  return (
    <dl class="facts">
      <dt>Product</dt>
      <dd>{productName(o.productType)}</dd>
      <dt>Partner</dt>
      <dd>{d.partnerName ?? 'none (ordered with the merchant’s own keys)'}</dd>
      <dt>Source</dt>
      <dd>
        {o.source === 'portal' ? 'manual signup in the portal' : o.source === 'partner-api' ? 'Partner API pre-fill (legacy)' : 'Management API pre-fill'}
        {o.invalid ? ' · the pre-fill was invalid; the merchant filled in the form' : ''}
      </dd>
      <dt>Price package</dt>
      <dd>{d.pricePackageName ?? '—'}</dd>
      <dt>Sales unit name</dt>
      <dd>{o.salesUnitName ?? '—'}</dd>
      <dt>Logo</dt>
      <dd>{o.salesUnitLogo ? <img class="logo" alt="Logo" src={`data:image/png;base64,${o.salesUnitLogo}`} /> : 'none'}</dd>
      <dt>Settlement account</dt>
      <dd class="mono">{o.settlementAccount ?? '—'}</dd>
      <dt>Where they sell</dt>
      <dd>{o.productUseCase ?? '—'}</dd>
      <dt>Website</dt>
      <dd>{site ? Object.entries(site).filter(([k]) => k !== 'testWebsitePassword').map(([k, v]) => `${k}: ${v}`).join(' · ') : '—'}</dd>
      <dt>Annual turnover</dt>
      <dd>{o.annualTurnover === null ? '—' : `NOK ${o.annualTurnover}`}</dd>
      <dt>Intended purpose</dt>
      <dd style="white-space: pre-wrap">{o.intendedPurpose ?? '—'}</dd>
      <dt>Sales paid in advance</dt>
      <dd>
        {compliance
          ? Object.entries(compliance).map(([k, v]) => (
              <div class="small">
                <strong>{k}</strong>: {Object.entries(v ?? {}).map(([f, x]) => `${f} ${String(x)}`).join(', ')}
              </div>
            ))
          : '—'}
      </dd>
    </dl>
  );
}

export function History({ d }: { d: CaseDetails }) {
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th>When</th>
            <th>Who</th>
            <th>What</th>
          </tr>
        </thead>
        <tbody>
          {d.events.map((e) => (
            <tr>
              <td class="small">{formatTime(e.at)}</td>
              <td>{e.actor}</td>
              <td style="white-space: pre-wrap">
                <strong>{e.kind}</strong>
                {e.visibleToMerchant ? '' : <span class="badge">internal</span>} {e.text}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
