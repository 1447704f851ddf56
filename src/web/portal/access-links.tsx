// Links from the portal to the pages for users, API keys and partner changes, shown only
// where the person's permissions allow them.
import type { ComponentChildren } from 'preact';
import type { VppError } from '../../domain/errors.js';
import { hasPermission, type MerchantAccess } from '../../domain/portal/permissions.js';
import { Notice } from '../components/notice.js';

export const merchantPath = (orgno: string, page: 'users' | 'keys' | 'partner-change') => `/portal/merchants/${orgno}/${page}`;

function tabsFor(a: MerchantAccess) {
  return [
    { page: 'keys' as const, label: hasPermission(a, 'DEVELOPER') ? 'API keys' : 'Sales units' },
    ...(hasPermission(a, 'ADMIN') ? [{ page: 'users' as const, label: 'User access' }, { page: 'partner-change' as const, label: 'Change partner' }] : []),
  ];
}

type Company = MerchantAccess & { name: string };

/**
 * On the portal home: where each company's pages are. Takes the companies as the home
 * page has them, either an access each or an overview holding one (`{ access }`).
 */
export function AccessLinks({ companies }: { companies: readonly (Company | { access: Company })[] }) {
  if (!companies.length) return null;
  return (
    <section class="access-links">
      <h2>Manage</h2>
      <ul>
        {companies
          .map((x) => ('access' in x ? x.access : x))
          .map((c) => (
            <li>
              <strong>{c.name}</strong>:{' '}
              {tabsFor(c).map((t, i) => (
                <>
                  {i > 0 && ' · '}
                  <a href={merchantPath(c.orgno, t.page)}>{t.label}</a>
                </>
              ))}
            </li>
          ))}
      </ul>
    </section>
  );
}

/** The heading of a company's pages, with tabs to the others. */
export function MerchantHeader({ access, current, children }: { access: MerchantAccess & { name: string }; current: 'users' | 'keys' | 'partner-change'; children?: ComponentChildren }) {
  return (
    <>
      <p class="small muted">
        <a href="/portal">Portal</a> / {access.name} <span class="mono">({access.orgno})</span>
      </p>
      {/* One tab alone is no choice: the page heading says where one is. */}
      {tabsFor(access).length > 1 && (
        <nav class="tabs" aria-label={`Pages of ${access.name}`}>
          {tabsFor(access).map((t) => (
            <a href={merchantPath(access.orgno, t.page)} aria-current={t.page === current ? 'page' : undefined}>
              {t.label}
            </a>
          ))}
        </nav>
      )}
      {children}
    </>
  );
}

/** A green or red notice after an action, from a fixed set of messages. */
export function Flash({ ok, error }: { ok?: string | null; error?: string | null }) {
  return (
    <>
      {ok && (
        <Notice kind="ok">
          {ok}
        </Notice>
      )}
      {error && (
        <Notice kind="error">
          {error}
        </Notice>
      )}
    </>
  );
}

const sentence = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}${/[.!?]$/.test(s) ? '' : '.'}`;

/** A refusal on a form: one problem as a sentence, several as a list. */
export function FormProblems({ error }: { error?: VppError | null }) {
  if (!error) return null;
  const fields = error.fields ?? [];
  return (
    <Notice kind="error">
      {fields.length > 1 ? (
        <>
          <p style="margin: 0">Please fix:</p>
          <ul style="margin: .25rem 0 0">
            {fields.map((f) => (
              <li>{sentence(f.reason)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p style="margin: 0">{fields.length === 1 ? sentence(fields[0]!.reason) : error.detail}</p>
      )}
    </Notice>
  );
}
