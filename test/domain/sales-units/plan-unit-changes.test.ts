import { describe, expect, it } from 'vitest';
import { planUnitChanges } from '../../../src/domain/sales-units/plan-unit-changes.js';
import { pngBase64 } from '../../support/png.js';

const current = { name: 'Old', logo: null, status: 'ACTIVE' };

describe('planUnitChanges', () => {
  it('plans only the fields that differ', () => {
    expect(planUnitChanges(current, { name: 'Old', status: 'DEACTIVATED' })).toEqual({
      set: { status: 'DEACTIVATED' },
      changes: [{ field: 'status', oldValue: 'ACTIVE', newValue: 'DEACTIVATED' }],
    });
  });

  it('describes a logo instead of copying it', () => {
    const plan = planUnitChanges(current, { salesUnitLogo: pngBase64(300, 200) });
    expect(plan.changes[0]).toMatchObject({ field: 'logo', oldValue: null, newValue: expect.stringMatching(/^PNG 300×200/) });
  });

  it('refuses an empty patch and a bad logo', () => {
    expect(() => planUnitChanges(current, {})).toThrow(/at least one of name, salesUnitLogo and status/);
    expect(() => planUnitChanges(current, { salesUnitLogo: pngBase64(50, 50) })).toThrow(/at least 100×100/);
  });
});
