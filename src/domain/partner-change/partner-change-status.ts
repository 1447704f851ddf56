// The steps of a partner change (how-to-change-partners.md): the merchant asks, the new
// partner's order for the reconfiguration arrives, the back office reconfigures the MSN.
// The merchant may withdraw and the back office may decline while it is open.
export const PARTNER_CHANGE_STATUSES = ['REQUESTED', 'ORDER_RECEIVED', 'COMPLETED', 'DECLINED', 'WITHDRAWN'] as const;
export type PartnerChangeStatus = (typeof PARTNER_CHANGE_STATUSES)[number];

export const OPEN_PARTNER_CHANGE: readonly PartnerChangeStatus[] = ['REQUESTED', 'ORDER_RECEIVED'];

/** Which statuses each step may start from. */
export const PARTNER_CHANGE_STEP_FROM: Record<'ORDER_RECEIVED' | 'COMPLETED' | 'DECLINED' | 'WITHDRAWN', readonly PartnerChangeStatus[]> = {
  ORDER_RECEIVED: ['REQUESTED'],
  // Reconfiguring waits for the new partner's order: the docs have the new partner order it.
  COMPLETED: ['ORDER_RECEIVED'],
  DECLINED: OPEN_PARTNER_CHANGE,
  WITHDRAWN: OPEN_PARTNER_CHANGE,
};

export const PARTNER_CHANGE_LABEL: Record<PartnerChangeStatus, string> = {
  REQUESTED: "Waiting for the new partner's order",
  ORDER_RECEIVED: 'New partner ordered it; waiting for the back office',
  COMPLETED: 'Done: the unit has the new partner',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn by the merchant',
};

/** The same, short enough for a badge. */
export const PARTNER_CHANGE_SHORT_LABEL: Record<PartnerChangeStatus, string> = {
  REQUESTED: 'Waiting for order',
  ORDER_RECEIVED: 'Order received',
  COMPLETED: 'Done',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn',
};

export const isOpenPartnerChange = (s: string) => (OPEN_PARTNER_CHANGE as readonly string[]).includes(s);

/** Why a step cannot be taken from this status, in words for the person trying. */
export function partnerChangeStepRefusal(step: keyof typeof PARTNER_CHANGE_STEP_FROM, status: string): string | null {
  if ((PARTNER_CHANGE_STEP_FROM[step] as readonly string[]).includes(status)) return null;
  if (!isOpenPartnerChange(status)) return `This partner change is already closed (${PARTNER_CHANGE_LABEL[status as PartnerChangeStatus] ?? status}).`;
  if (step === 'COMPLETED') return "The MSN can only be reconfigured once the new partner's order for it has been received. Record the order first.";
  return "The new partner's order has already been recorded.";
}
