import { describe, expect, it } from 'vitest';
import { checkPrefill } from '../../../src/domain/product-orders/check-prefill.js';

const packages = [{ id: '8f2b6a1e-4c3d-4e5f-9a0b-1c2d3e4f5a01', productType: 'VIPPS_PA_NETT', name: 'Standard' }];
const base = { businessIdentifier: { scheme: 'business:NO:ORG', id: '975312461' }, productType: 'VIPPS_PA_NETT' };
const check = (input: Record<string, unknown>, over: Partial<Parameters<typeof checkPrefill>[0]> = {}) =>
  checkPrefill({ input: { ...base, ...input }, shapeProblems: [], orgKnown: true, pricePackages: packages, ...over });

describe('checkPrefill', () => {
  it('passes a valid pre-fill', () => {
    expect(check({ pricePackageId: packages[0]!.id, settlementBankAccount: { scheme: 'BBAN:NO', id: '15031234562' } })).toEqual([]);
  });

  it('checks the scheme, the check digit and the registry', () => {
    expect(check({ businessIdentifier: { scheme: 'business:SE:ORG', id: '975312461' } }).map((p) => p.name)).toEqual(['businessIdentifier.scheme']);
    expect(check({ businessIdentifier: { scheme: 'business:NO:ORG', id: '975312462' } })[0]!.reason).toMatch(/check digit/);
    expect(check({}, { orgKnown: false })[0]!.reason).toMatch(/not an organisation in the business registry/);
  });

  it('does not report a field twice when its shape is already wrong', () => {
    const out = check({ businessIdentifier: { scheme: 'business:NO:ORG', id: '12' } }, { shapeProblems: [{ name: 'businessIdentifier.id', reason: 'must match the pattern ^\\d{9}$' }] });
    expect(out).toEqual([{ name: 'businessIdentifier.id', reason: 'must be 9 digits (a Norwegian organisation number)' }]);
  });

  it('checks the settlement account scheme and its mod-11 digit', () => {
    expect(check({ settlementBankAccount: { scheme: 'BBAN:SE', id: '15031234562' } }).map((p) => p.name)).toEqual(['settlementBankAccount.scheme']);
    expect(check({ settlementBankAccount: { scheme: 'BBAN:NO', id: '15031234563' } }).map((p) => p.name)).toEqual(['settlementBankAccount.id']);
  });

  it("accepts only the caller's price packages, for the same product type", () => {
    expect(check({ pricePackageId: '8f2b6a1e-4c3d-4e5f-9a0b-1c2d3e4f5a99' })[0]!.reason).toMatch(/not one of your price packages/);
    expect(check({ pricePackageId: packages[0]!.id, productType: 'VIPPS_I_KASSA' })[0]!.reason).toMatch(/for VIPPS_PA_NETT, but productType is VIPPS_I_KASSA/);
    expect(check({ pricePackageId: packages[0]!.id }, { pricePackages: null })[0]!.reason).toMatch(/only a partner has price packages/);
  });

  it('joins several reasons for one field', () => {
    const out = check({}, { shapeProblems: [{ name: 'salesUnitName', reason: 'a' }, { name: 'salesUnitName', reason: 'b' }] });
    expect(out).toEqual([{ name: 'salesUnitName', reason: 'a; b' }]);
  });
});
