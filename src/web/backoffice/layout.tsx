// What every back-office page shows around its content: the navigation and who is logged in.
export const backofficeNav = [
  { href: '/backoffice', label: 'Queue' },
  { href: '/backoffice/partner-changes', label: 'Partner changes' },
  { href: '/mailbox', label: 'Mailbox' },
];

export function OperatorBar({ name, csrf }: { name: string; csrf: string }) {
  return (
    <div class="actions" style="justify-content: flex-end">
      <span class="muted small">Logged in as {name}</span>
      <form method="post" action="/backoffice/logout">
        <input type="hidden" name="_csrf" value={csrf} />
        <button type="submit" class="secondary">
          Log out
        </button>
      </form>
    </div>
  );
}
