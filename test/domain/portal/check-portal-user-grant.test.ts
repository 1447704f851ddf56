import { describe, expect, it } from 'vitest';
import { checkPortalUserGrant } from '../../../src/domain/portal/check-portal-user-grant.js';
import { merchantAccess } from '../../../src/domain/portal/permissions.js';
import { VppError } from '../../../src/domain/errors.js';

const ceo = merchantAccess({ orgno: '923456783', registryRoles: ['CEO'] })!;
const unitAdmin = merchantAccess({ orgno: '923456783', registryRoles: [], grant: { permissions: ['ADMIN'], units: ['212345'] } })!;
const units = ['212345', '212346'];

function problems(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof VppError) return (err.fields ?? []).map((f) => `${f.name}: ${f.reason}`);
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('what an admin may give a portal user', () => {
  it('stores the permissions in a fixed order and the chosen units sorted, without repeats', () => {
    expect(checkPortalUserGrant({ permissions: ['DEVELOPER', 'READ'], scope: 'some', msns: ['212346', '212345', '212346'], merchantUnits: units, granter: ceo })).toEqual({
      permissions: ['READ', 'DEVELOPER'],
      units: ['212345', '212346'],
    });
    expect(checkPortalUserGrant({ permissions: ['ADMIN'], scope: 'all', msns: ['212345'], merchantUnits: units, granter: ceo })).toEqual({ permissions: ['ADMIN'], units: 'all' });
  });

  it('needs at least one known permission', () => {
    expect(problems(() => checkPortalUserGrant({ permissions: [], scope: 'all', msns: [], merchantUnits: units, granter: ceo }))).toEqual(['permissions: choose at least one permission']);
    expect(problems(() => checkPortalUserGrant({ permissions: ['ROOT'], scope: 'all', msns: [], merchantUnits: units, granter: ceo }))[0]).toContain('unknown permissions ROOT');
  });

  it('needs a choice of units, and only units of this merchant', () => {
    expect(problems(() => checkPortalUserGrant({ permissions: ['READ'], scope: '', msns: [], merchantUnits: units, granter: ceo }))).toEqual(['units: choose all sales units or some of them']);
    expect(problems(() => checkPortalUserGrant({ permissions: ['READ'], scope: 'some', msns: [], merchantUnits: units, granter: ceo }))).toEqual([
      'units: choose at least one sales unit, or all sales units',
    ]);
    expect(problems(() => checkPortalUserGrant({ permissions: ['READ'], scope: 'some', msns: ['312345'], merchantUnits: units, granter: ceo }))).toEqual([
      'units: 312345 is not a sales unit of this merchant',
    ]);
  });

  it('lets an admin give no more units than they cover themselves', () => {
    expect(checkPortalUserGrant({ permissions: ['READ'], scope: 'some', msns: ['212345'], merchantUnits: units, granter: unitAdmin }).units).toEqual(['212345']);
    expect(problems(() => checkPortalUserGrant({ permissions: ['READ'], scope: 'some', msns: ['212346'], merchantUnits: units, granter: unitAdmin }))).toEqual([
      'units: you do not cover 212346 yourself, so you cannot give access to it',
    ]);
    expect(problems(() => checkPortalUserGrant({ permissions: ['READ'], scope: 'all', msns: [], merchantUnits: units, granter: unitAdmin }))[0]).toContain('only give access to the sales units you cover');
  });

  it('lists every problem at once', () => {
    expect(problems(() => checkPortalUserGrant({ permissions: [], scope: 'some', msns: ['999999'], merchantUnits: units, granter: ceo }))).toHaveLength(2);
  });
});
