// Pieces shared by the inspector's pages.
import type { ComponentChildren } from 'preact';
import { Layout } from '../render.js';
import { Notice } from '../components/notice.js';

export const nav = [
  { href: '/inspector', label: 'API requests' },
  { href: '/inspector/payments', label: 'Payments' },
  { href: '/inspector/recurring', label: 'Recurring' },
  { href: '/inspector/webhooks', label: 'Webhook deliveries' },
];

export const time = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString().replace('T', ' ').replace('Z', ''));

export function statusBadge(status: number | null) {
  if (status === null) return <span class="badge warn">no answer</span>;
  return <span class={`badge ${status < 300 ? 'ok' : status < 500 ? 'warn' : 'bad'}`}>{status}</span>;
}

export function InspectorLayout({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <Layout title={title} area="Inspector" nav={nav}>
      {children}
    </Layout>
  );
}

export function FilterForm({ action, msn, status, problems, showStatus }: { action: string; msn?: string; status?: string; problems: string[]; showStatus: boolean }) {
  return (
    <>
      <form method="get" action={action} class="actions card">
        <label>
          MSN
          <input name="msn" value={msn ?? ''} size={8} />
        </label>
        {showStatus && (
          <label>
            Status
            <input name="status" value={status ?? ''} size={6} placeholder="4xx" />
          </label>
        )}
        <button type="submit">Filter</button>
        <a href={action}>Clear</a>
      </form>
      {problems.map((p) => (
        <Notice kind="error">{p}</Notice>
      ))}
    </>
  );
}
