import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../../src/domain/portal/normalize-phone.js';

describe('a typed phone number becomes the MSISDN the registry keeps', () => {
  it('accepts the ways people write a Norwegian mobile number', () => {
    for (const typed of ['4742345678', '+47 423 45 678', '0047 42345678', '423 45 678', '42-34-56-78', '(+47) 42345678']) {
      expect(normalizePhone(typed)).toEqual({ msisdn: '4742345678' });
    }
  });

  it('keeps a Danish number with its country code', () => {
    expect(normalizePhone('+45 12 34 56 78')).toEqual({ msisdn: '4512345678' });
  });

  it('says what is wrong with an empty, short or lettered number', () => {
    expect(normalizePhone('  ').problem).toBe('Type the phone number of the person to add.');
    expect(normalizePhone('+47 123 456 789').problem).toContain('must have 8 digits after the country code 47');
    expect(normalizePhone('call me').problem).toContain('digits only');
  });
});
