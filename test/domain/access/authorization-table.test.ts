// The key table of DESIGN.md, cell by cell: which kind of key may manage sales units,
// move money and read reports, and which units each reaches.
import { describe, expect, it } from 'vitest';
import { can, type Actor, type Capability, type KeyKind } from '../../../src/domain/access/actor.js';
import { authorizeUnit, msnForPayment, type UnitAccessFacts } from '../../../src/domain/access/authorize-unit.js';
import { VppError } from '../../../src/domain/errors.js';

const actor = (kind: KeyKind, over: Partial<Actor> = {}): Actor => ({
  keySetId: 'ks',
  kind,
  clientId: 'c',
  partnerId: kind === 'merchant' ? null : 'P1',
  partnerName: kind === 'merchant' ? null : 'Partner One',
  merchantId: kind === 'merchant' ? 'M1' : null,
  msn: kind === 'merchant' ? '111111' : null,
  requestedMsn: null,
  owner: 'x',
  ...over,
});

const unit = (over: Partial<UnitAccessFacts> = {}): UnitAccessFacts => ({
  msn: '111111',
  merchantId: 'M1',
  partnerId: 'P1',
  unitActive: true,
  merchantActive: true,
  paymentAllowed: true,
  ...over,
});

const kindOf = (fn: () => unknown): string => {
  try {
    fn();
    return 'ok';
  } catch (e) {
    if (e instanceof VppError) return e.kind;
    throw e;
  }
};

describe('what each kind of key may do', () => {
  const table: Record<KeyKind, Record<Capability, boolean>> = {
    partner: { manage: true, pay: true, report: false },
    management: { manage: true, pay: false, report: false },
    accounting: { manage: false, pay: false, report: true },
    merchant: { manage: true, pay: true, report: false },
  };
  for (const [kind, row] of Object.entries(table) as [KeyKind, Record<Capability, boolean>][]) {
    for (const [cap, allowed] of Object.entries(row) as [Capability, boolean][]) {
      it(`${kind} keys ${allowed ? 'may' : 'may not'} ${cap}`, () => {
        expect(can({ kind }, cap)).toBe(allowed);
        if (cap !== 'report') {
          expect(kindOf(() => authorizeUnit({ actor: actor(kind), msn: '111111', unit: unit(), capability: cap }))).toBe(allowed ? 'ok' : 'forbidden');
        }
      });
    }
  }
});

describe('which sales units each kind of key reaches', () => {
  it('partner keys reach only units whose partner is the caller; others are not found, and forbidden (Invalid MSN) for payments', () => {
    const a = actor('partner');
    expect(kindOf(() => authorizeUnit({ actor: a, msn: '1', unit: unit(), capability: 'pay' }))).toBe('ok');
    expect(kindOf(() => authorizeUnit({ actor: a, msn: '1', unit: unit({ partnerId: 'P2' }), capability: 'pay' }))).toBe('forbidden');
    expect(kindOf(() => authorizeUnit({ actor: a, msn: '1', unit: undefined, capability: 'pay' }))).toBe('forbidden');
    expect(kindOf(() => authorizeUnit({ actor: a, msn: '1', unit: unit({ partnerId: 'P2' }), capability: 'manage' }))).toBe('not_found');
    expect(kindOf(() => authorizeUnit({ actor: a, msn: '1', unit: unit({ partnerId: null }), capability: 'manage' }))).toBe('not_found');
    expect(kindOf(() => authorizeUnit({ actor: a, msn: '1', unit: undefined, capability: 'manage' }))).toBe('not_found');
  });

  it('a unit of another partner and a unit that does not exist give the same answer', () => {
    const err = (u: UnitAccessFacts | undefined) => {
      try {
        authorizeUnit({ actor: actor('partner'), msn: '222222', unit: u, capability: 'manage' });
      } catch (e) {
        return (e as VppError).detail;
      }
    };
    expect(err(unit({ msn: '222222', partnerId: 'P2' }))).toBe(err(undefined));
  });

  it("management keys of a partner reach the partner's units; of a merchant, the merchant's units", () => {
    expect(kindOf(() => authorizeUnit({ actor: actor('management'), msn: '1', unit: unit(), capability: 'manage' }))).toBe('ok');
    expect(kindOf(() => authorizeUnit({ actor: actor('management'), msn: '1', unit: unit({ partnerId: 'P2' }), capability: 'manage' }))).toBe('not_found');
    const ofMerchant = actor('management', { partnerId: null, merchantId: 'M1' });
    expect(kindOf(() => authorizeUnit({ actor: ofMerchant, msn: '1', unit: unit({ partnerId: 'P9' }), capability: 'manage' }))).toBe('ok');
    expect(kindOf(() => authorizeUnit({ actor: ofMerchant, msn: '1', unit: unit({ merchantId: 'M2' }), capability: 'manage' }))).toBe('not_found');
  });

  it('merchant keys reach their own unit only, even another unit of the same merchant', () => {
    expect(kindOf(() => authorizeUnit({ actor: actor('merchant'), msn: '111111', unit: unit(), capability: 'pay' }))).toBe('ok');
    expect(kindOf(() => authorizeUnit({ actor: actor('merchant'), msn: '111112', unit: unit({ msn: '111112' }), capability: 'pay' }))).toBe('forbidden');
  });

  it('accounting keys reach no unit for managing or paying', () => {
    expect(kindOf(() => authorizeUnit({ actor: actor('accounting'), msn: '1', unit: unit(), capability: 'manage' }))).toBe('forbidden');
  });

  it('payments need an active unit of an active merchant that is allowed to take payments', () => {
    const a = actor('partner');
    expect(kindOf(() => authorizeUnit({ actor: a, msn: '1', unit: unit({ paymentAllowed: false }), capability: 'pay' }))).toBe('forbidden');
    expect(kindOf(() => authorizeUnit({ actor: a, msn: '1', unit: unit({ unitActive: false }), capability: 'pay' }))).toBe('forbidden');
    expect(kindOf(() => authorizeUnit({ actor: a, msn: '1', unit: unit({ merchantActive: false }), capability: 'pay' }))).toBe('forbidden');
    // Managing such a unit is still allowed.
    expect(kindOf(() => authorizeUnit({ actor: a, msn: '1', unit: unit({ paymentAllowed: false }), capability: 'manage' }))).toBe('ok');
  });
});

describe('the MSN a payment call acts for', () => {
  it('partner keys must name it in Merchant-Serial-Number', () => {
    expect(kindOf(() => msnForPayment(actor('partner')))).toBe('forbidden');
    expect(msnForPayment(actor('partner', { requestedMsn: '212345' }))).toBe('212345');
  });
  it("merchant keys act for their own unit; naming another is refused", () => {
    expect(msnForPayment(actor('merchant'))).toBe('111111');
    expect(msnForPayment(actor('merchant', { requestedMsn: '111111' }))).toBe('111111');
    expect(kindOf(() => msnForPayment(actor('merchant', { requestedMsn: '222222' })))).toBe('forbidden');
  });
  it('management and accounting keys cannot pay at all', () => {
    expect(kindOf(() => msnForPayment(actor('management', { requestedMsn: '212345' })))).toBe('forbidden');
    expect(kindOf(() => msnForPayment(actor('accounting', { requestedMsn: '212345' })))).toBe('forbidden');
  });
});
