// The page a browser sees when an authorization request cannot be sent back to the
// merchant (unknown client, unregistered redirect URI): what went wrong and what to fix.
import { Layout, html } from '../../web/render.js';
import { Notice } from '../../web/components/notice.js';

interface KoaContext {
  type: string;
  body: unknown;
}

export async function renderLoginError(ctx: KoaContext, out: { error?: string; error_description?: string }): Promise<void> {
  ctx.type = 'html';
  ctx.body = html(
    <Layout title="Login could not start" area="Vipps MobilePay Login (simulated)">
      <div class="card">
        <h1>Login could not start</h1>
        <Notice kind="error" testId="login-error">
          <code>{out.error ?? 'server_error'}</code>: {out.error_description ?? 'the request could not be processed'}
        </Notice>
        <p class="muted">
          The merchant's site sent a request vpp cannot answer. Its developer can check the client_id and that the redirect_uri is one registered
          for the sales unit (portal, API keys page).
        </p>
      </div>
    </Layout>,
  );
}
