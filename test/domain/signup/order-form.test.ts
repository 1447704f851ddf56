import { describe, expect, it } from 'vitest';
import { readOrderForm } from '../../../src/domain/signup/order-form.js';
import { orderInputProblems } from '../../../src/operations/signup/check-order-input.js';
import { unitConfigurationFor, productOfSlug } from '../../../src/domain/signup/products.js';

const read = (body: Record<string, string>, locked: Record<string, unknown> = {}) => readOrderForm({ body, orgno: '975312461', productType: 'VIPPS_PA_NETT', locked });

describe('the product order form', () => {
  it('turns the form into a pre-fill, leaving out what is empty', () => {
    expect(
      read({
        salesUnitName: ' Nordlys Kaffe ',
        'settlementBankAccount.id': '1503 12 34562',
        annualTurnover: '100 000',
        'website.url': 'https://nordlyskaffe.no',
        'website.termsUrl': '',
        'complianceData.donation.acceptsDonation': 'no',
        'complianceData.ticket.turnoverShare': 'none',
        'complianceData.ticket.prepurchaseTime': '',
      }),
    ).toEqual({
      businessIdentifier: { scheme: 'business:NO:ORG', id: '975312461' },
      productType: 'VIPPS_PA_NETT',
      salesUnitName: 'Nordlys Kaffe',
      settlementBankAccount: { scheme: 'BBAN:NO', id: '15031234562' },
      annualTurnover: 100000,
      website: { url: 'https://nordlyskaffe.no' },
      complianceData: { ticket: { turnoverShare: 'none' }, donation: { acceptsDonation: false } },
    });
  });

  it('keeps what the partner locked, whatever the form posts', () => {
    const input = read({ salesUnitName: 'Changed' }, { salesUnitName: 'From partner', pricePackageId: 'p1' });
    expect(input.salesUnitName).toBe('From partner');
    expect(input.pricePackageId).toBe('p1');
  });

  it('checks typed input with the pre-fill rules and the portal\'s own, each problem under its input', () => {
    const input = read({ salesUnitName: 'Nordlys Kaffe!', 'settlementBankAccount.id': '15031234563', annualTurnover: 'lots', 'website.url': 'http://x.no', 'complianceData.ticket.turnoverShare': 'none' });
    const problems = Object.fromEntries(orderInputProblems(input, ['a', 'b']).map((p) => [p.name, p.reason]));
    expect(problems).toEqual({
      salesUnitName: expect.stringContaining('letters, digits, spaces'),
      'settlementBankAccount.id': expect.stringContaining('mod-11'),
      annualTurnover: expect.stringContaining('integer'),
      'website.url': expect.stringContaining('https://'),
      'website.termsUrl': 'is required',
      'complianceData.ticket.prepurchaseTime': 'is required',
      pricePackageId: expect.stringContaining('choose one'),
    });
    const short = Object.fromEntries(orderInputProblems(read({ 'settlementBankAccount.id': '1234' }), null).map((p) => [p.name, p.reason]));
    expect(short).toEqual({ salesUnitName: expect.stringContaining('required'), 'settlementBankAccount.id': 'must be exactly 11 digits' });
  });

  it('accepts a price package only from those offered', () => {
    const ok = read({ salesUnitName: 'Kaffe', 'settlementBankAccount.id': '15031234562', pricePackageId: 'B' });
    expect(orderInputProblems(ok, ['b'])).toEqual([]);
    expect(orderInputProblems(ok, ['c'])).toEqual([{ name: 'pricePackageId', reason: 'must be one of the price packages offered in this form' }]);
  });
});

describe('products', () => {
  it('configures a login unit without payments and an in-store unit without the landing page', () => {
    expect(unitConfigurationFor('VIPPS_LOGG_INN')).toMatchObject({ paymentAllowed: false, captureType: 'NotApplicable' });
    expect(unitConfigurationFor('VIPPS_I_KASSA')).toMatchObject({ paymentAllowed: true, skipLandingPage: true });
    expect(unitConfigurationFor('VIPPS_PA_NETT')).toMatchObject({ paymentAllowed: true, skipLandingPage: false, captureType: 'ReserveCapture' });
    expect(productOfSlug('vippscheckout')).toBe('VIPPS_CHECKOUT');
    expect(productOfSlug('nope')).toBeUndefined();
  });
});
