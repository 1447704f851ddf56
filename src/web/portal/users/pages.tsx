// The "User access" pages: who acts for a merchant, adding a person by phone number in two
// steps (the name shows before confirming), changing and removing access.
import { PERMISSION_LABEL, PORTAL_PERMISSIONS, type PortalPermission } from '../../../domain/portal/permissions.js';
import type { CompanyAccess } from '../../../operations/portal/access-of-person.js';
import type { PortalUserView } from '../../../operations/portal/list-portal-users.js';
import type { VppError } from '../../../domain/errors.js';
import { formatTime } from '../../form-values.js';
import { Layout } from '../../render.js';
import { portalNav } from '../home.js';
import { Flash, FormProblems, MerchantHeader, merchantPath } from '../access-links.js';

const SHORT: Record<PortalPermission, string> = { ADMIN: 'Admin', READ: 'Read', DEVELOPER: 'Developer' };

/** "4742345678" as people write it: "+47 423 45 678". */
export const formatPhone = (msisdn: string) => (/^4[57]\d{8}$/.test(msisdn) ? `+${msisdn.slice(0, 2)}\u00a0${msisdn.slice(2, 5)}\u00a0${msisdn.slice(5, 7)}\u00a0${msisdn.slice(7)}` : `+${msisdn}`);

export function UnitsText({ units }: { units: 'all' | readonly string[] }) {
  return units === 'all' ? <>All sales units</> : <span class="mono">{units.join(', ')}</span>;
}

interface UsersPageProps {
  access: CompanyAccess;
  csrf: string;
  signatories: { name: string; role: string }[];
  users: PortalUserView[];
  me: string;
  ok?: string | null;
  addError?: VppError | null;
  phone?: string;
}

export function UsersPage({ access, csrf, signatories, users, me, ok, addError, phone }: UsersPageProps) {
  const base = merchantPath(access.orgno, 'users');
  return (
    <Layout title={`User access · ${access.name}`} area="Merchant portal" nav={portalNav}>
      <MerchantHeader access={access} current="users" />
      <h1>User access</h1>
      <Flash ok={ok} />
      <p class="muted">Access is given to people, never to a company. Each person logs in with their own BankID and sees only the sales units and permissions you give them.</p>

      <h2>By the business registry</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th>Name</th>
              <th>Role</th>
              <th>Access</th>
            </tr>
          </thead>
          <tbody>
            {signatories.map((s) => (
              <tr>
                <td>{s.name}</td>
                <td>{s.role}</td>
                <td>Every permission, all sales units</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>Users</h2>
      {users.length === 0 ? (
        <p class="muted">No users yet.</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th>Name</th>
                <th>Access</th>
                <th class="wide-only">Added by</th>
                <th></th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr>
                  <td>
                    {u.name}
                    {u.nin === me && <span class="small muted"> (you)</span>}
                    <div class="small muted mono">{formatPhone(u.phone)}</div>
                  </td>
                  <td>
                    <div>
                      {u.permissions.map((p) => (
                        <span class="badge" style="margin-right: .25rem">
                          {SHORT[p]}
                        </span>
                      ))}
                    </div>
                    <div class="small">
                      <UnitsText units={u.units} />
                    </div>
                  </td>
                  <td class="small wide-only">{u.addedBy}</td>
                  <td>
                    <a class="button secondary" href={`${base}/${u.ref}`} aria-label={`Change access for ${u.name}`}>
                      Change
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2 id="add">Add a user</h2>
      <div class="card">
        <FormProblems error={addError} />
        <form method="post" action={`${base}/new`} class="stack">
          <input type="hidden" name="_csrf" value={csrf} />
          <label>
            Phone number of the person
            <span class="hint">Their mobile number, like 912 34 567 or +47 912 34 567. You will see their name before you confirm.</span>
            <input name="phone" type="tel" autoComplete="off" value={phone ?? ''} required maxLength={40} />
          </label>
          <div class="actions">
            <button type="submit">Next</button>
          </div>
        </form>
      </div>
    </Layout>
  );
}

interface GrantFormProps {
  action: string;
  csrf: string;
  units: { msn: string; name: string }[];
  chosen: { permissions: readonly string[]; scope: string; msns: readonly string[] };
  hidden?: Record<string, string>;
  submit: string;
  cancel: string;
}

/** Permissions and sales units: the second step of adding a user, and the change form. */
function GrantForm({ action, csrf, units, chosen, hidden, submit, cancel }: GrantFormProps) {
  return (
    <form method="post" action={action} class="stack">
      <input type="hidden" name="_csrf" value={csrf} />
      {Object.entries(hidden ?? {}).map(([k, v]) => (
        <input type="hidden" name={k} value={v} />
      ))}
      <fieldset class="choices">
        <legend>Permissions</legend>
        {PORTAL_PERMISSIONS.map((p) => (
          <label class="choice">
            <input type="checkbox" name="permissions" value={p} checked={chosen.permissions.includes(p)} />
            <span>{PERMISSION_LABEL[p]}</span>
          </label>
        ))}
        <span class="hint">A partner's developer needs Read and Developer.</span>
      </fieldset>
      <fieldset class="choices">
        <legend>Sales units</legend>
        <label class="choice">
          <input type="radio" name="scope" value="all" checked={chosen.scope === 'all'} />
          <span>All sales units, also those added later</span>
        </label>
        <label class="choice">
          <input type="radio" name="scope" value="some" checked={chosen.scope === 'some'} />
          <span>Only these:</span>
        </label>
        {units.length === 0 ? (
          <span class="hint">The company has no sales units yet.</span>
        ) : (
          units.map((u) => (
            <label class="choice indent">
              <input type="checkbox" name="msns" value={u.msn} checked={chosen.msns.includes(u.msn)} />
              <span>
                {u.name} <span class="mono muted">{u.msn}</span>
              </span>
            </label>
          ))
        )}
      </fieldset>
      <div class="actions">
        <button type="submit">{submit}</button>
        <a href={cancel}>Cancel</a>
      </div>
    </form>
  );
}

interface GrantPageProps {
  access: CompanyAccess;
  csrf: string;
  person: { name: string; phone: string };
  units: { msn: string; name: string }[];
  chosen: GrantFormProps['chosen'];
  error?: VppError | null;
}

export function AddUserPage({ access, csrf, person, units, chosen, error }: GrantPageProps) {
  return (
    <Layout title={`Add ${person.name} · ${access.name}`} area="Merchant portal" nav={portalNav}>
      <MerchantHeader access={access} current="users" />
      <h1>Add {person.name}</h1>
      <div class="card">
        <dl class="facts">
          <dt>Name</dt>
          <dd>
            <strong>{person.name}</strong>
          </dd>
          <dt>Phone</dt>
          <dd class="mono">{formatPhone(person.phone)}</dd>
          <dt>Company</dt>
          <dd>{access.name}</dd>
        </dl>
      </div>
      <p class="muted">
        Not the right person? <a href={`${merchantPath(access.orgno, 'users')}#add`}>Go back</a> and check the phone number.
      </p>
      <FormProblems error={error} />
      <GrantForm action={merchantPath(access.orgno, 'users')} csrf={csrf} units={units} chosen={chosen} hidden={{ phone: person.phone }} submit={`Give ${person.name} access`} cancel={merchantPath(access.orgno, 'users')} />
    </Layout>
  );
}

export function EditUserPage({ access, csrf, user, units, chosen, error, me }: Omit<GrantPageProps, 'person'> & { user: PortalUserView; me: string }) {
  const path = `${merchantPath(access.orgno, 'users')}/${user.ref}`;
  return (
    <Layout title={`Access for ${user.name} · ${access.name}`} area="Merchant portal" nav={portalNav}>
      <MerchantHeader access={access} current="users" />
      <h1>Access for {user.name}</h1>
      <div class="card">
        <dl class="facts">
          <dt>Phone</dt>
          <dd class="mono">{formatPhone(user.phone)}</dd>
          <dt>Added by</dt>
          <dd>{user.addedBy}</dd>
          <dt>Last changed</dt>
          <dd>{formatTime(user.updatedAt)}</dd>
        </dl>
      </div>
      <FormProblems error={error} />
      <GrantForm action={path} csrf={csrf} units={units} chosen={chosen} submit="Save" cancel={merchantPath(access.orgno, 'users')} />
      {user.nin !== me && (
        <>
          <h2>Remove access</h2>
          <form method="post" action={`${path}/remove`} class="actions">
            <input type="hidden" name="_csrf" value={csrf} />
            <span class="muted">{user.name} will no longer see anything of {access.name}.</span>
            <button type="submit" class="danger">
              Remove {user.name}
            </button>
          </form>
        </>
      )}
    </Layout>
  );
}
