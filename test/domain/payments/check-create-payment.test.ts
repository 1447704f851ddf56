import { describe, expect, it } from 'vitest';
import { VppError } from '../../../src/domain/errors.js';
import { checkCreatePayment, phoneOfPersonalQr, type CreatePaymentInput } from '../../../src/domain/payments/check-create-payment.js';
import { PAYER_TIMEOUT_MS } from '../../../src/domain/payments/expiry.js';

const NOW = Date.UTC(2030, 0, 1, 12);
const base = (over: Partial<CreatePaymentInput> = {}): CreatePaymentInput => ({
  amount: { currency: 'NOK', value: 1000 },
  paymentMethod: { type: 'WALLET' },
  reference: 'order-12345678',
  userFlow: 'WEB_REDIRECT',
  returnUrl: 'https://shop.example/return',
  ...over,
});
const check = (over: Partial<CreatePaymentInput>, mode: 'test' | 'production' = 'production') => checkCreatePayment(base(over), { now: NOW, mode });
const fieldsOf = (over: Partial<CreatePaymentInput>, mode?: 'test' | 'production') => {
  try {
    check(over, mode);
  } catch (err) {
    if (err instanceof VppError) return err.fields!.map((f) => f.name);
    throw err;
  }
  return [];
};
const receipt = { orderLines: [], bottomLine: { currency: 'NOK' } };

describe('create payment rules', () => {
  it('a plain web payment expires after the 10 minutes the payer has', () => {
    const c = check({});
    expect(c.expiresAt).toBe(NOW + PAYER_TIMEOUT_MS);
    expect(c.longLiving).toBe(false);
  });
  it('amounts from 1.00 (100 minor units)', () => {
    expect(fieldsOf({ amount: { currency: 'NOK', value: 99 } })).toEqual(['amount.value']);
    expect(fieldsOf({ amount: { currency: 'NOK', value: 100 } })).toEqual([]);
  });
  it('PUSH_MESSAGE needs a customer', () => {
    expect(fieldsOf({ userFlow: 'PUSH_MESSAGE', returnUrl: undefined })).toEqual(['customer']);
    expect(check({ userFlow: 'PUSH_MESSAGE', customer: { phoneNumber: '4791234567' } }).customerPhone).toBe('4791234567');
  });
  it('WEB_REDIRECT needs a returnUrl', () => {
    expect(fieldsOf({ returnUrl: undefined })).toEqual(['returnUrl']);
  });
  it('returnUrl is https or an app scheme; http only on the loopback', () => {
    expect(fieldsOf({ returnUrl: 'myshop://paid' })).toEqual([]);
    expect(fieldsOf({ returnUrl: 'http://127.0.0.1:3000/back' })).toEqual([]);
    expect(fieldsOf({ returnUrl: 'http://shop.example/back' })).toEqual(['returnUrl']);
    expect(fieldsOf({ returnUrl: 'javascript:alert(1)' })).toEqual(['returnUrl']);
    expect(fieldsOf({ returnUrl: 'not a url' })).toEqual(['returnUrl']);
  });
  it('customer names exactly one of phone number, personal QR and token', () => {
    expect(fieldsOf({ customer: {} })).toEqual(['customer']);
    expect(fieldsOf({ customer: { phoneNumber: '4791234567', customerToken: 'abc' } })).toEqual(['customer']);
    expect(fieldsOf({ customer: { phoneNumber: '47912345' } })).toEqual(['customer.phoneNumber']);
  });
  it('a personal QR code names the payer by its phone number', () => {
    expect(phoneOfPersonalQr('https://qr.vipps.no/28/2/01/031/4791234567?v=1')).toBe('4791234567');
    expect(phoneOfPersonalQr('something else')).toBeNull();
  });
  it('CARD goes with WEB_REDIRECT only, and not in the test environment', () => {
    expect(fieldsOf({ paymentMethod: { type: 'CARD' }, userFlow: 'QR' })).toEqual(['userFlow']);
    expect(fieldsOf({ paymentMethod: { type: 'CARD' } })).toEqual([]);
    expect(fieldsOf({ paymentMethod: { type: 'CARD' } }, 'test')).toEqual(['paymentMethod.type']);
  });
  it('expiresAt: PUSH_MESSAGE or QR, with a receipt, 10 minutes to 28 days ahead', () => {
    const at = (ms: number) => new Date(NOW + ms).toISOString();
    const push = { userFlow: 'PUSH_MESSAGE' as const, customer: { phoneNumber: '4791234567' }, receipt };
    const ok = check({ ...push, expiresAt: at(86_400_000) });
    expect([ok.longLiving, ok.expiresAt]).toEqual([true, NOW + 86_400_000]);
    expect(fieldsOf({ ...push, expiresAt: at(10 * 60_000) })).toEqual(['expiresAt']);
    expect(fieldsOf({ ...push, expiresAt: at(28 * 86_400_000) })).toEqual(['expiresAt']);
    expect(fieldsOf({ ...push, expiresAt: 'tomorrow' })).toEqual(['expiresAt']);
    expect(fieldsOf({ ...push, receipt: undefined, expiresAt: at(86_400_000) })).toEqual(['receipt']);
    expect(fieldsOf({ receipt, expiresAt: at(86_400_000) })).toEqual(['expiresAt']);
  });
  it('qrFormat only with the QR flow', () => {
    expect(fieldsOf({ qrFormat: { format: 'IMAGE/PNG' } })).toEqual(['qrFormat']);
    expect(fieldsOf({ userFlow: 'QR', returnUrl: undefined, qrFormat: { format: 'IMAGE/PNG' } })).toEqual([]);
  });
  it('profile scopes are the documented ones', () => {
    expect(check({ profile: { scope: 'name phoneNumber name' } }).profileScope).toBe('name phoneNumber');
    expect(fieldsOf({ profile: { scope: 'name shoeSize' } })).toEqual(['profile.scope']);
  });
  it('lists every problem at once', () => {
    expect(fieldsOf({ amount: { currency: 'NOK', value: 1 }, returnUrl: undefined, userFlow: 'WEB_REDIRECT' })).toEqual(['amount.value', 'returnUrl']);
  });
});
