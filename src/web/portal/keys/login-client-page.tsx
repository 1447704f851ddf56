// A sales unit's Login client in the portal: client_id, the secret behind "Show secret",
// the registered redirect URIs and the token endpoint authentication method.
import type { CompanyAccess } from '../../../operations/portal/access-of-person.js';
import type { UnitLoginClientView } from '../../../operations/login/unit-login-client.js';
import { Layout } from '../../render.js';
import { portalNav } from '../home.js';
import { MerchantHeader, merchantPath } from '../access-links.js';
import { Notice } from '../../components/notice.js';

export function LoginClientPage(props: { access: CompanyAccess; view: UnitLoginClientView; csrf: string; error?: string; ok?: string; uris?: string }) {
  const { unit, client } = props.view;
  const base = `${merchantPath(props.access.orgno, 'keys')}/${unit.msn}/login`;
  return (
    <Layout title={`Login · ${unit.name}`} area="Merchant portal" nav={portalNav}>
      <MerchantHeader access={props.access} current="keys" />
      <h1>Vipps MobilePay Login for {unit.name}</h1>
      {props.ok && <Notice kind="ok">{props.ok}</Notice>}
      {props.error && (
        <Notice kind="error">
          {props.error}
        </Notice>
      )}
      {client ? (
        <div class="card">
          <p>
            client_id <code data-testid="login-client-id">{client.clientId}</code>
          </p>
          {client.secret ? (
            <p>
              client_secret <code data-testid="login-client-secret">{client.secret}</code>
            </p>
          ) : (
            <form method="post" action={`${base}/reveal`}>
              <input type="hidden" name="_csrf" value={props.csrf} />
              <button type="submit" class="secondary">
                Show client_secret
              </button>
            </form>
          )}
        </div>
      ) : (
        <Notice kind="info">This sales unit has no Login client yet. Saving the settings below gives it a client_id and client_secret.</Notice>
      )}
      <form method="post" action={base} class="stack card">
        <input type="hidden" name="_csrf" value={props.csrf} />
        <label>
          Redirect URIs
          <span class="hint">One per line, exactly as your site sends them (https://shop.example/login/callback, or myapp://path for an app).</span>
          <textarea name="redirectUris" rows={4}>
            {props.uris ?? client?.redirectUris.join('\n') ?? ''}
          </textarea>
        </label>
        <label>
          Token endpoint authentication
          <select name="tokenAuthMethod">
            {['client_secret_basic', 'client_secret_post'].map((m) => (
              <option value={m} selected={(client?.tokenAuthMethod ?? 'client_secret_basic') === m}>
                {m}
              </option>
            ))}
          </select>
        </label>
        <div class="actions">
          <button type="submit">{client ? 'Save' : 'Create Login client'}</button>
        </div>
      </form>
    </Layout>
  );
}
