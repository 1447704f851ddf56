import { describe, expect, it } from 'vitest';
import { ageOn, vippsUserFromWorld } from '../../../src/domain/payers/vipps-user.js';
import { subjectOf } from '../../../src/domain/payments/payer.js';
import { validateWorld } from '../../../src/domain/world/validate-world.js';

const day = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

describe('a Vipps user', () => {
  it('is a year older from the birthday on, not the day before', () => {
    const u = { birthDate: '2008-06-15' };
    expect(ageOn(u, day('2026-06-14'))).toBe(17);
    expect(ageOn(u, day('2026-06-15'))).toBe(18);
    expect(ageOn({ birthDate: null }, day('2026-06-15'))).toBeNull();
  });

  it('gets defaults for what the world file leaves out, and the same subject id as profile sharing', () => {
    const u = vippsUserFromWorld({ phone: '4791234567', firstName: 'Kari', lastName: 'Nordmann', email: 'k@example.com' }, subjectOf);
    expect(u).toMatchObject({ cardOutcome: 'ok', cardBalance: null, behaviour: 'ask', emailVerified: true, bankAccounts: [], sub: subjectOf('4791234567') });
  });

  it('is refused in a world file with a bad phone, account number or a duplicate', () => {
    const user = { phone: '4791234567', firstName: 'A', lastName: 'B', email: 'a@example.com' };
    const r = validateWorld({
      vippsUsers: [user, { ...user }, { ...user, phone: '123', bankAccounts: [{ accountNumber: '15031234563', accountName: 'x' }] }],
    });
    const paths = r.problems.map((p) => p.path);
    expect(paths).toContain('vippsUsers[1].phone');
    expect(paths).toContain('vippsUsers[2].phone');
    expect(paths).toContain('vippsUsers[2].bankAccounts[0].accountNumber');
  });
});
