// "Change partner" (how-to-change-partners.md): an admin asks to move a sales unit to
// another partner, follows the request, and may withdraw it while it is open.
import type { VppError } from '../../../domain/errors.js';
import { isOpenPartnerChange, PARTNER_CHANGE_LABEL, type PartnerChangeStatus } from '../../../domain/partner-change/partner-change-status.js';
import type { CompanyAccess } from '../../../operations/portal/access-of-person.js';
import type { PartnerChange } from '../../../operations/partner-change/partner-change-view.js';
import type { PortalUnit } from '../../../operations/portal/list-covered-units.js';
import { PartnerChangeBadge } from '../../components/partner-change-badge.js';
import { formatTime } from '../../form-values.js';
import { Layout } from '../../render.js';
import { portalNav } from '../home.js';
import { Flash, FormProblems, MerchantHeader, merchantPath } from '../access-links.js';

interface Props {
  access: CompanyAccess;
  csrf: string;
  units: PortalUnit[];
  partners: { id: string; name: string }[];
  changes: PartnerChange[];
  ok?: string | null;
  error?: VppError | null;
  chosen?: { msn: string; partner: string };
}

export function PartnerChangePage({ access, csrf, units, partners, changes, ok, error, chosen }: Props) {
  const base = merchantPath(access.orgno, 'partner-change');
  const open = new Map(changes.filter((c) => isOpenPartnerChange(c.status)).map((c) => [c.msn, c]));
  const movable = units.filter((u) => !open.has(u.msn));
  return (
    <Layout title={`Change partner · ${access.name}`} area="Merchant portal" nav={portalNav}>
      <MerchantHeader access={access} current="partner-change" />
      <h1>Change partner</h1>
      <Flash ok={ok} />
      <div class="card">
        <p style="margin-top: 0">
          <strong>How a sales unit moves to another partner</strong>
        </p>
        <ol class="small" style="margin-bottom: 0">
          <li>If both partners need to make API calls during the move, give them the unit's own API keys (under API keys), securely.</li>
          <li>Ask for the move here, choosing the new partner.</li>
          <li>The new partner orders the reconfiguration of the MSN from Vipps MobilePay.</li>
          <li>We reconfigure the MSN: the new partner's partner keys work for it, the old partner's stop. You, and both partners, get an email.</li>
          <li>When the old partner should lose access entirely, regenerate the unit's own API keys.</li>
        </ol>
      </div>

      <h2>Your sales units</h2>
      {units.length === 0 ? (
        <p class="muted">{access.merchantId ? 'You cover none of the sales units.' : `${access.name} has no sales units yet.`}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th>Sales unit</th>
                <th>Partner</th>
                <th>Partner change</th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => {
                const c = open.get(u.msn);
                return (
                  <tr>
                    <td>
                      {u.name} <div class="small mono muted">{u.msn}</div>
                    </td>
                    <td>{u.partnerName ?? <span class="muted">none</span>}</td>
                    <td>
                      {c ? (
                        <div class="stack-tight">
                          <span>
                            to {c.toPartnerName}
                            <div class="small muted">{PARTNER_CHANGE_LABEL[c.status as PartnerChangeStatus]}</div>
                          </span>
                          <form method="post" action={`${base}/${c.id}/withdraw`}>
                            <input type="hidden" name="_csrf" value={csrf} />
                            <button type="submit" class="secondary">
                              Withdraw
                            </button>
                          </form>
                        </div>
                      ) : (
                        <span class="muted">none</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      {movable.length > 0 && (
        <>
          <h2 id="ask">Ask to move a sales unit</h2>
          <div class="card">
            <FormProblems error={error} />
            <form method="post" action={base} class="stack">
              <input type="hidden" name="_csrf" value={csrf} />
              <label>
                Sales unit
                <select name="msn" required>
                  {movable.map((u) => (
                    <option value={u.msn} selected={chosen?.msn === u.msn}>
                      {u.name} ({u.msn})
                    </option>
                  ))}
                </select>
              </label>
              <label>
                New partner
                <select name="partner" required>
                  <option value="">Choose a partner</option>
                  {partners.map((p) => (
                    <option value={p.id} selected={chosen?.partner === p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </label>
              <label class="choice">
                <input type="checkbox" name="understood" value="yes" required />
                <span>I understand that the new partner will see every payment of this sales unit, also those made before the change.</span>
              </label>
              <div class="actions">
                <button type="submit">Ask to change partner</button>
              </div>
            </form>
          </div>
        </>
      )}

      <h2>Requests</h2>
      {changes.length === 0 ? (
        <p class="muted">No partner changes yet.</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th>Asked</th>
                <th>Move</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr>
                  <td>
                    <span class="nowrap">{formatTime(c.requestedAt)}</span>
                    <div class="small muted">
                      by {c.requesterName}
                    </div>
                  </td>
                  <td>
                    {c.unitName} <span class="mono muted small">{c.msn}</span>
                    <div>
                      {c.fromPartnerName ?? 'none'} → {c.toPartnerName}
                    </div>
                  </td>
                  <td>
                    <PartnerChangeBadge status={c.status} />
                    {c.status === 'DECLINED' && c.closeReason && <div class="small">{c.closeReason}</div>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
