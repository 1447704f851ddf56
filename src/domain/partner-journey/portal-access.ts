// The partner's own portal access as a step of its journey: the partner orders Vipps Logg
// inn for its own company, the back office approves it as any order, and from then on the
// partner's people manage its own test sales units in the portal.
import { conflict } from '../errors.js';

export type PortalAccessState = 'NOT_ORDERED' | 'ORDERED' | 'APPROVED' | 'STOPPED';

export interface LoginOrderFacts {
  id: string;
  status: string;
  msn: string | null;
}

/** The step's state from the partner's own Login orders (newest first): an approved one wins. */
export function portalAccessState(orders: readonly LoginOrderFacts[]): { state: PortalAccessState; order: LoginOrderFacts | null } {
  const approved = orders.find((o) => o.status === 'APPROVED');
  if (approved) return { state: 'APPROVED', order: approved };
  const newest = orders[0];
  if (!newest) return { state: 'NOT_ORDERED', order: null };
  return { state: newest.status === 'STOPPED' ? 'STOPPED' : 'ORDERED', order: newest };
}

/** A partner orders its portal access once; again only after a stopped (declined) order. */
export function checkMayOrderPortalAccess(state: PortalAccessState, partnerName: string): void {
  if (state === 'APPROVED') throw conflict(`${partnerName} has portal access already: its order for Vipps Logg inn was approved.`, 'Ordered already');
  if (state === 'ORDERED') throw conflict(`${partnerName} has ordered Vipps Logg inn already; the order is with the back office.`, 'Ordered already');
}

/** Whether the partner's own test sales units are in reach in the portal. */
export const ownUnitsInReach = (state: PortalAccessState) => state === 'APPROVED';
