import { describe, expect, it } from 'vitest';
import { readAgreementForm } from '../../../src/domain/agreements/agreement-form.js';

const today = new Date('2025-06-01T12:00:00Z');
const base = { 'contact.name': 'Sigrid Berg', 'contact.email': 'Sigrid@Example.no', pep: 'no', noOwnersOver25: 'yes' };
const names = (body: Record<string, string>) => readAgreementForm(body, today).problems.map((p) => p.name);

describe('the merchant agreement form', () => {
  it('accepts owners by national identity number or birth date, and ignores empty rows', () => {
    const { answers, problems } = readAgreementForm(
      {
        ...base,
        noOwnersOver25: '',
        'owners.0.name': 'Sigrid Berg', 'owners.0.nin': '28889510031', 'owners.0.share': '60,5', 'owners.0.role': 'DIRECT_OWNER',
        'owners.1.name': 'Lars Haugen', 'owners.1.birthDate': '1985-05-05', 'owners.1.share': '39.5 %', 'owners.1.role': 'OTHER_CONTROL',
        'owners.2.name': '', 'owners.2.role': 'DIRECT_OWNER',
      },
      today,
    );
    expect(problems).toEqual([]);
    expect(answers.contact.email).toBe('sigrid@example.no');
    expect(answers.owners).toEqual([
      { name: 'Sigrid Berg', nin: '28889510031', birthDate: null, share: 60.5, role: 'DIRECT_OWNER' },
      { name: 'Lars Haugen', nin: null, birthDate: '1985-05-05', share: 39.5, role: 'OTHER_CONTROL' },
    ]);
  });

  it('needs a contact, an answer about politically exposed persons, and owners or the declaration', () => {
    expect(names({})).toEqual(['contact.name', 'contact.email', 'owners', 'pep']);
    expect(names({ ...base, pep: 'yes' })).toEqual(['pepDetails']);
    expect(names({ ...base, 'contact.email': 'nope' })).toEqual(['contact.email']);
  });

  it('checks each owner: name, a valid number or a past birth date, a share above 0 and at most 100', () => {
    const problems = readAgreementForm(
      {
        ...base,
        noOwnersOver25: '',
        'owners.0.nin': '28889510032', 'owners.0.share': '0', 'owners.0.role': 'DIRECT_OWNER',
        'owners.1.name': 'B', 'owners.1.birthDate': '2099-01-01', 'owners.1.share': '101', 'owners.1.role': 'X',
        'owners.2.name': 'C', 'owners.2.share': '10', 'owners.2.role': 'DIRECT_OWNER',
      },
      today,
    ).problems;
    expect(Object.fromEntries(problems.map((p) => [p.name, p.reason]))).toMatchObject({
      'owners.0.name': expect.stringContaining('required'),
      'owners.0.nin': expect.stringContaining('check digits'),
      'owners.0.share': expect.stringContaining('above 0'),
      'owners.1.birthDate': 'cannot be in the future',
      'owners.1.share': expect.stringContaining('at most 100'),
      'owners.1.role': expect.stringContaining('must be one of'),
      'owners.2.nin': expect.stringContaining('birth date'),
    });
  });

  it('refuses shares that add up to more than 100 %, and owners together with the declaration', () => {
    const two = { ...base, 'owners.0.name': 'A', 'owners.0.nin': '28889510031', 'owners.0.share': '70', 'owners.0.role': 'DIRECT_OWNER', 'owners.1.name': 'B', 'owners.1.nin': '05850510069', 'owners.1.share': '40', 'owners.1.role': 'DIRECT_OWNER' };
    expect(names(two)).toEqual(['noOwnersOver25', 'owners']);
  });
});
