// "Sales units and API keys": the units a person covers; for developers their own API keys
// behind "Show keys", "Regenerate" and "Create keys", and the log of who did that.
import type { Credentials } from '../../../domain/keys/generate-credentials.js';
import type { CompanyAccess } from '../../../operations/portal/access-of-person.js';
import type { PortalUnit } from '../../../operations/portal/list-covered-units.js';
import { formatTime } from '../../form-values.js';
import { Layout } from '../../render.js';
import { portalNav } from '../home.js';
import { Flash, MerchantHeader, merchantPath } from '../access-links.js';
import { Notice } from '../../components/notice.js';

const ACTION_LABEL: Record<string, string> = { reveal: 'Showed the keys', regenerate: 'Regenerated the keys', create: 'Created the keys' };

export interface KeyLogEntry { msn: string; action: string; at: number; first_name: string; last_name: string }

function PostButton({ action, csrf, label, kind }: { action: string; csrf: string; label: string; kind?: 'secondary' }) {
  return (
    <form method="post" action={action}>
      <input type="hidden" name="_csrf" value={csrf} />
      <button type="submit" class={kind}>
        {label}
      </button>
    </form>
  );
}

export function KeysPage({ access, csrf, units, developer, audit, ok }: { access: CompanyAccess; csrf: string; units: PortalUnit[]; developer: boolean; audit: KeyLogEntry[]; ok?: string | null }) {
  const base = merchantPath(access.orgno, 'keys');
  return (
    <Layout title={`Sales units · ${access.name}`} area="Merchant portal" nav={portalNav}>
      <MerchantHeader access={access} current="keys" />
      <h1>{developer ? 'Sales units and API keys' : 'Sales units'}</h1>
      <Flash ok={ok} />
      {!developer && (
        <Notice kind="info">You have Read access: you see the sales units, not their API keys. An admin of {access.name} can give you Developer permission.</Notice>
      )}
      {units.length === 0 ? (
        <p class="muted">{access.merchantId ? 'You have access to none of the sales units.' : `${access.name} has no sales units yet.`}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th>Sales unit</th>
                <th>Partner</th>
                {developer && <th>API keys of the unit</th>}
                <th>Recurring</th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr>
                  <td>
                    {u.name}
                    {u.status !== 'ACTIVE' && <span class="badge warn"> {u.status.toLowerCase()}</span>}
                    <div class="small mono muted">{u.msn}</div>
                  </td>
                  <td>{u.partnerName ?? <span class="muted">none</span>}</td>
                  {developer && (
                    <td>
                      {u.keySetId ? (
                        <div class="actions">
                          <PostButton action={`${base}/${u.msn}/reveal`} csrf={csrf} label="Show keys" />
                          <a class="button secondary" href={`${base}/${u.msn}/regenerate`}>
                            Regenerate
                          </a>
                          <span class="small muted">changed {formatTime(u.keysUpdatedAt!)}</span>
                          <a class="small" href={`${base}/${u.msn}/login`}>
                            Login client
                          </a>
                        </div>
                      ) : (
                        <div class="actions">
                          <PostButton action={`${base}/${u.msn}/create`} csrf={csrf} label="Create keys" kind="secondary" />
                          <span class="small muted">no keys of its own</span>
                          <a class="small" href={`${base}/${u.msn}/login`}>
                            Login client
                          </a>
                        </div>
                      )}
                    </td>
                  )}
                  <td>
                    <a class="small" href={`${base}/${u.msn}/recurring`}>
                      Recurring agreements
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {developer && (
        <>
          <p class="small muted">
            These are each unit's own keys (merchant keys). A partner acts for the units connected to it with its own partner keys, which are never shown here.
          </p>
          <h2>Key log</h2>
          {audit.length === 0 ? (
            <p class="muted">Nobody has shown, regenerated or created keys yet.</p>
          ) : (
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th>When</th>
                    <th>Who</th>
                    <th>MSN</th>
                    <th>What</th>
                  </tr>
                </thead>
                <tbody>
                  {audit.map((e) => (
                    <tr>
                      <td>{formatTime(e.at)}</td>
                      <td>
                        {e.first_name} {e.last_name}
                      </td>
                      <td class="mono">{e.msn}</td>
                      <td>{ACTION_LABEL[e.action] ?? e.action}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </Layout>
  );
}

export function ShownKeysPage({ access, unit, credentials, headline, note }: { access: CompanyAccess; unit: { msn: string; name: string }; credentials: Credentials; headline: string; note: string }) {
  const base = merchantPath(access.orgno, 'keys');
  return (
    <Layout title={`API keys of ${unit.name}`} area="Merchant portal" nav={portalNav}>
      <MerchantHeader access={access} current="keys" />
      <h1>
        {headline}: {unit.name} <span class="mono muted">{unit.msn}</span>
      </h1>
      <Notice kind="warn">{note} Keep the keys secret; send them only through an encrypted channel.</Notice>
      <div class="card">
        <dl class="facts keys">
          <dt>client_id</dt>
          <dd>
            <code class="secret">{credentials.clientId}</code>
          </dd>
          <dt>client_secret</dt>
          <dd>
            <code class="secret">{credentials.clientSecret}</code>
          </dd>
          <dt>Ocp-Apim-Subscription-Key (primary)</dt>
          <dd>
            <code class="secret">{credentials.subscriptionKey}</code>
          </dd>
          <dt>Ocp-Apim-Subscription-Key (secondary)</dt>
          <dd>
            <code class="secret">{credentials.secondarySubscriptionKey}</code>
          </dd>
          <dt>Merchant-Serial-Number</dt>
          <dd>
            <code>{unit.msn}</code>
          </dd>
        </dl>
      </div>
      <p class="small muted">Either subscription key works. Get an access token with POST /accesstoken/get, sending client_id, client_secret and a subscription key as headers.</p>
      <div class="actions">
        <a class="button secondary" href={base}>
          Back to the API keys
        </a>
        <a href={`${base}/${unit.msn}/regenerate`}>Regenerate these keys…</a>
      </div>
    </Layout>
  );
}

export function RegeneratePage({ access, unit, csrf, error }: { access: CompanyAccess; unit: { msn: string; name: string; partnerName: string | null }; csrf: string; error?: string }) {
  const base = merchantPath(access.orgno, 'keys');
  return (
    <Layout title={`Regenerate keys of ${unit.name}`} area="Merchant portal" nav={portalNav}>
      <MerchantHeader access={access} current="keys" />
      <h1>
        Regenerate the keys of {unit.name} <span class="mono muted">{unit.msn}</span>
      </h1>
      <Flash error={error} />
      <Notice kind="warn">
        <p style="margin-top: 0">The client secret and both subscription keys are replaced. The old ones, and every access token got with them, stop working at once: every integration that uses them must get the new keys.</p>
        <p style="margin-bottom: 0">
          {unit.partnerName
            ? `${unit.partnerName}'s partner keys are not affected. `
            : ''}
          Do this when someone who should no longer act for the unit has its keys, such as a former partner.
        </p>
      </Notice>
      <form method="post" action={`${base}/${unit.msn}/regenerate`} class="stack">
        <input type="hidden" name="_csrf" value={csrf} />
        <label class="choice">
          <input type="checkbox" name="confirm" value="yes" required />
          <span>I understand that the current keys stop working now</span>
        </label>
        <div class="actions">
          <button type="submit" class="danger">
            Regenerate keys
          </button>
          <a href={base}>Cancel</a>
        </div>
      </form>
    </Layout>
  );
}
