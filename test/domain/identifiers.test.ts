import { describe, expect, it } from 'vitest';
import { checkAccountNumber, checkMsisdn, checkMsn, checkNin, checkOrgno, checkUuid } from '../../src/domain/identifiers.js';

describe('organisation numbers', () => {
  it('accepts numbers whose mod-11 check digit is right', () => {
    for (const n of ['923456783', '934567897', '975312461', '998877660']) expect(checkOrgno(n), n).toBeNull();
  });
  it('refuses a wrong check digit, the wrong length and non-digits', () => {
    expect(checkOrgno('923456784')).toMatch(/check digit/);
    expect(checkOrgno('92345678')).toMatch(/9 digits/);
    expect(checkOrgno('92345678a')).toMatch(/9 digits/);
  });
  it('refuses a base whose check digit would be 10', () => {
    // 91234567x: the weighted sum leaves remainder 1, so no digit can check it.
    for (let d = 0; d <= 9; d++) expect(checkOrgno(`91234567${d}`)).not.toBeNull();
  });
});

describe('national identity numbers', () => {
  it('accepts numbers with both check digits right, including synthetic test numbers', () => {
    for (const n of ['15857710069', '02829010030', '21869110024']) expect(checkNin(n), n).toBeNull();
  });
  it('refuses a wrong first or second check digit', () => {
    expect(checkNin('15857710079')).toMatch(/check digits/);
    expect(checkNin('15857710068')).toMatch(/check digits/);
  });
  it('refuses the wrong length', () => expect(checkNin('1585771006')).toMatch(/11 digits/));
});

describe('bank account numbers', () => {
  it('accepts an account whose mod-11 check digit is right', () => {
    expect(checkAccountNumber('15031234562')).toBeNull();
    expect(checkAccountNumber('12076543214')).toBeNull();
  });
  it('refuses a wrong check digit or length', () => {
    expect(checkAccountNumber('15031234563')).toMatch(/check digit/);
    expect(checkAccountNumber('1503123456')).toMatch(/11 digits/);
  });
});

describe('MSN, MSISDN and UUID', () => {
  it('MSN is 5 or 6 digits', () => {
    expect(checkMsn('12345')).toBeNull();
    expect(checkMsn('123456')).toBeNull();
    expect(checkMsn('1234')).not.toBeNull();
    expect(checkMsn('1234567')).not.toBeNull();
  });
  it('MSISDN is a country code and number without plus', () => {
    expect(checkMsisdn('4791234567')).toBeNull();
    expect(checkMsisdn('+4791234567')).not.toBeNull();
    expect(checkMsisdn('479123456')).toMatch(/8 digits after/);
    expect(checkMsisdn('91234567')).toMatch(/country code/);
  });
  it('UUID', () => {
    expect(checkUuid('8f2b6a1e-4c3d-4e5f-9a0b-1c2d3e4f5a01')).toBeNull();
    expect(checkUuid('8f2b6a1e')).not.toBeNull();
  });
});
