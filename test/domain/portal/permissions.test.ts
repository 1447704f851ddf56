import { describe, expect, it } from 'vitest';
import { coversUnit, hasPermission, merchantAccess } from '../../../src/domain/portal/permissions.js';

describe('portal access', () => {
  it('the CEO and the chair act for their company with every permission on every unit', () => {
    for (const role of ['CEO', 'CHAIR']) {
      const a = merchantAccess({ orgno: '923456783', registryRoles: [role] })!;
      expect([...a.permissions].sort()).toEqual(['ADMIN', 'DEVELOPER', 'READ']);
      expect(coversUnit(a, '212345')).toBe(true);
    }
  });

  it('a board member has no access by the role alone', () => {
    expect(merchantAccess({ orgno: '923456783', registryRoles: ['BOARD_MEMBER'] })).toBeNull();
  });

  it('a portal user has exactly the permissions and units given', () => {
    const a = merchantAccess({ orgno: '923456783', registryRoles: [], grant: { permissions: ['READ', 'DEVELOPER'], units: ['212345'] } })!;
    expect(hasPermission(a, 'DEVELOPER')).toBe(true);
    expect(hasPermission(a, 'ADMIN')).toBe(false);
    expect(coversUnit(a, '212345')).toBe(true);
    expect(coversUnit(a, '212346')).toBe(false);
  });

  it('an admin may do what readers and developers may', () => {
    const a = merchantAccess({ orgno: '1', registryRoles: [], grant: { permissions: ['ADMIN'], units: 'all' } })!;
    expect(hasPermission(a, 'READ')).toBe(true);
    expect(hasPermission(a, 'DEVELOPER')).toBe(true);
  });

  it('ignores permissions it does not know', () => {
    const a = merchantAccess({ orgno: '1', registryRoles: [], grant: { permissions: ['ROOT', 'READ'], units: 'all' } })!;
    expect([...a.permissions]).toEqual(['READ']);
  });
});
