// A partner change's status as a badge, in the portal and in the back office.
import { isOpenPartnerChange, PARTNER_CHANGE_LABEL, PARTNER_CHANGE_SHORT_LABEL, type PartnerChangeStatus } from '../../domain/partner-change/partner-change-status.js';

export function PartnerChangeBadge({ status, long }: { status: string; long?: boolean }) {
  const cls = status === 'COMPLETED' ? 'ok' : status === 'DECLINED' ? 'bad' : isOpenPartnerChange(status) ? 'warn' : '';
  const s = status as PartnerChangeStatus;
  return (
    <span class={`badge ${cls}`} title={PARTNER_CHANGE_LABEL[s]}>
      {(long ? PARTNER_CHANGE_LABEL[s] : PARTNER_CHANGE_SHORT_LABEL[s]) ?? status}
    </span>
  );
}
