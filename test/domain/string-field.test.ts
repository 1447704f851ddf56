import { describe, expect, it } from 'vitest';
import { firstStringField, objectField, stringField } from '../../src/domain/string-field.js';

describe('reading a named text field from a value of unknown shape', () => {
  it('reads a string field of an object, also one without a prototype', () => {
    expect(stringField({ msn: '123456' }, 'msn')).toBe('123456');
    const params: Record<string, string> = Object.create(null);
    params.orgno = '923456783';
    expect(stringField(params, 'orgno')).toBe('923456783');
  });

  it('reads anything that is not a string field as absent', () => {
    expect(stringField(undefined, 'msn')).toBeUndefined();
    expect(stringField(null, 'msn')).toBeUndefined();
    expect(stringField('msn', 'length')).toBeUndefined();
    expect(stringField({ msn: 123456 }, 'msn')).toBeUndefined();
    expect(stringField({}, 'toString')).toBeUndefined();
  });

  it('takes the first of several names that holds a string', () => {
    expect(firstStringField({ orderId: 'o-1', agreementId: 'a-1' }, ['reference', 'orderId', 'agreementId'])).toBe('o-1');
    expect(firstStringField({ reference: 7, agreementId: 'a-1' }, ['reference', 'agreementId'])).toBe('a-1');
    expect(firstStringField({}, ['reference'])).toBeUndefined();
  });
});

describe('reading a nested field', () => {
  it('reads an object field to look inside, and nothing from a value that is no object', () => {
    const body = { transaction: { orderId: 'order-1' } };
    expect(stringField(objectField(body, 'transaction'), 'orderId')).toBe('order-1');
    expect(objectField('text', 'length')).toBeUndefined();
    expect(stringField(objectField({}, 'transaction'), 'orderId')).toBeUndefined();
  });
});
