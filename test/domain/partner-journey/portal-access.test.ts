// The portal-access step's state from the partner's own Login orders, and when it may be
// ordered.
import { describe, expect, it } from 'vitest';
import { checkMayOrderPortalAccess, ownUnitsInReach, portalAccessState } from '../../../src/domain/partner-journey/portal-access.js';

const order = (id: string, status: string, msn: string | null = null) => ({ id, status, msn });

describe('portal access state', () => {
  it('is not ordered without orders, ordered while one is open, stopped after a decline', () => {
    expect(portalAccessState([])).toEqual({ state: 'NOT_ORDERED', order: null });
    for (const status of ['SUBMITTED', 'PROCESSING', 'AWAITING-CUSTOMER']) expect(portalAccessState([order('a', status)]).state).toBe('ORDERED');
    expect(portalAccessState([order('a', 'STOPPED')]).state).toBe('STOPPED');
    expect(portalAccessState([order('b', 'SUBMITTED'), order('a', 'STOPPED')])).toEqual({ state: 'ORDERED', order: order('b', 'SUBMITTED') });
  });

  it('is approved when any order was approved, and only then are the own units in reach', () => {
    const approved = order('a', 'APPROVED', '654321');
    expect(portalAccessState([order('b', 'STOPPED'), approved])).toEqual({ state: 'APPROVED', order: approved });
    expect(ownUnitsInReach('APPROVED')).toBe(true);
    for (const s of ['NOT_ORDERED', 'ORDERED', 'STOPPED'] as const) expect(ownUnitsInReach(s)).toBe(false);
  });

  it('may be ordered when not ordered or stopped; a 409 while ordered or approved', () => {
    expect(() => checkMayOrderPortalAccess('NOT_ORDERED', 'X')).not.toThrow();
    expect(() => checkMayOrderPortalAccess('STOPPED', 'X')).not.toThrow();
    expect(() => checkMayOrderPortalAccess('ORDERED', 'X')).toThrow(expect.objectContaining({ kind: 'conflict' }));
    expect(() => checkMayOrderPortalAccess('APPROVED', 'X')).toThrow(expect.objectContaining({ kind: 'conflict' }));
  });
});
