// The partner's own portal access on its back-office page: the Login order it placed for its
// own company (none, with the back office, approved, stopped) and who can log in for it.
import type { PartnerPortalAccess } from '../../../operations/partner-journey/get-partner-portal-access.js';

const STATE_TEXT = {
  NOT_ORDERED: 'Not ordered: the partner has not ordered Vipps Logg inn for its own portal access.',
  ORDERED: 'Ordered, waiting for the back office.',
  APPROVED: 'Approved.',
  STOPPED: 'Stopped: the order was declined; the partner may order again.',
} as const;

export function PortalAccessView(a: PartnerPortalAccess) {
  if (!a.orgno) {
    return (
      <section data-portal-access="NONE">
        <h2>Portal access</h2>
        <p class="muted">This partner comes from the world file, not from an application: it has no company of its own here.</p>
      </section>
    );
  }
  return (
    <section data-portal-access={a.state}>
      <h2>Portal access</h2>
      <p>
        {STATE_TEXT[a.state]}
        {a.order && (
          <>
            {' '}
            Order <span class="mono">{a.order.id}</span> ({a.order.status}
            {a.order.caseId && (
              <>
                , <a href={`/backoffice/cases/${a.order.caseId}`}>its case</a>
              </>
            )}
            ){a.order.msn && <>, Login sales unit <span class="mono">{a.order.msn}</span></>}.
          </>
        )}
      </p>
      <p>{a.unitsInReach ? "These people manage the partner's own test sales units and keys in the portal:" : "These people can log in to the portal for the company, but reach the partner's own test sales units only once the order is approved:"}</p>
      {a.people.length ? (
        <ul data-portal-people>
          {a.people.map((p) => (
            <li>
              {p.name} <span class="muted small">({p.via})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">Nobody: the company has no CEO or chair in the registry and no portal users.</p>
      )}
    </section>
  );
}
