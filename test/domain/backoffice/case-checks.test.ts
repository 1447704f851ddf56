import { describe, expect, it } from 'vitest';
import { agreementChecks, openChecks, orderChecks, type OrderCheckFacts } from '../../../src/domain/backoffice/case-checks.js';
import { decideAutomatically } from '../../../src/domain/backoffice/decide-automatically.js';

const ALL = { giftCard: {}, membership: {}, subscription: {}, course: {}, ticket: {}, rent: {}, prepaidServices: {}, donation: {} };
const order = (over: Partial<OrderCheckFacts> = {}): OrderCheckFacts => ({
  productType: 'VIPPS_PA_NETT',
  signer: { name: 'Kari', rolesNow: ['CEO'] },
  websiteUrl: 'https://x.no',
  termsUrl: 'https://x.no/terms',
  orgNumberVisible: true,
  intendedPurpose: 'Bread and cakes sold in the web shop',
  complianceData: ALL,
  ...over,
});
const status = (checks: { id: string; status: string }[]) => Object.fromEntries(checks.map((c) => [c.id, c.status]));

describe('the automatic checks of a case', () => {
  it('passes a complete web order, with the org number ticked by the operator', () => {
    expect(status(orderChecks(order()))).toEqual({ signer: 'ok', terms: 'ok', 'org-visible': 'ok', purpose: 'ok', compliance: 'ok' });
  });

  it('flags each typical reason for delay', () => {
    const checks = orderChecks(order({ signer: { name: 'Hanne', rolesNow: ['BOARD_MEMBER'] }, termsUrl: null, orgNumberVisible: false, intendedPurpose: 'stuff', complianceData: { donation: {} } }));
    expect(status(checks)).toEqual({ signer: 'failed', terms: 'failed', 'org-visible': 'operator', purpose: 'failed', compliance: 'failed' });
    expect(checks.find((c) => c.id === 'compliance')!.detail).toContain('gift cards');
    expect(openChecks(checks)).toBe(5);
  });

  it('asks web checks only of web products, and compliance data only of Vipps på nett', () => {
    expect(status(orderChecks(order({ productType: 'VIPPS_I_KASSA', termsUrl: null, complianceData: null })))).toMatchObject({ terms: 'not-applicable', 'org-visible': 'not-applicable', compliance: 'not-applicable' });
    expect(status(orderChecks(order({ productType: 'VIPPS_CHECKOUT', complianceData: null })))).toMatchObject({ terms: 'ok', compliance: 'not-applicable' });
  });

  it('accepts an existing customer without a signed agreement, and refuses a company with none', () => {
    expect(status(orderChecks(order({ signer: 'existing-merchant' }))).signer).toBe('ok');
    expect(status(orderChecks(order({ signer: null }))).signer).toBe('failed');
  });

  it('checks an agreement: signer, owners, politically exposed persons', () => {
    expect(status(agreementChecks({ signer: { name: 'K', rolesNow: ['CHAIR'] }, owners: 0, noOwnersOver25: true, pep: false, pepDetails: '' }))).toEqual({ signer: 'ok', owners: 'ok', pep: 'ok' });
    expect(status(agreementChecks({ signer: { name: 'K', rolesNow: [] }, owners: 0, noOwnersOver25: false, pep: true, pepDetails: 'x' }))).toEqual({ signer: 'failed', owners: 'failed', pep: 'operator' });
  });
});

describe('automatic processing decisions', () => {
  const rules = { afterSeconds: 60, declineOrgnos: ['913579240'], moreInformationOrgnos: ['987654325'] };
  const at = (orgno: string, waited: number, questionsAsked = 0) => decideAutomatically({ rules, orgno, queuedAt: 1_000_000, now: 1_000_000 + waited * 1000, questionsAsked });

  it('waits the configured simulated time, then approves', () => {
    expect(at('975312461', 59)).toBe('wait');
    expect(at('975312461', 60)).toBe('approve');
  });

  it('declines or asks once for the listed org numbers', () => {
    expect(at('913579240', 61)).toBe('decline');
    expect(at('987654325', 61)).toBe('request-information');
    expect(at('987654325', 61, 1)).toBe('approve');
  });

  it('does nothing when no delay is configured', () => {
    expect(decideAutomatically({ rules: { ...rules, afterSeconds: null }, orgno: '913579240', queuedAt: 0, now: 1e12, questionsAsked: 0 })).toBe('wait');
  });
});
