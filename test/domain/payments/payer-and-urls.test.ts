import { describe, expect, it } from 'vitest';
import { checkWebhookUrl } from '../../../src/domain/payments/check-url.js';
import { formatMoney } from '../../../src/domain/payments/format-money.js';
import { normalizePhone, subjectOf } from '../../../src/domain/payments/payer.js';
import { webhookBackoffMs, withinRetryWindow } from '../../../src/domain/webhooks/retry-policy.js';

describe('the payer', () => {
  it('phone numbers as people type them become MSISDNs', () => {
    expect(normalizePhone('+47 912 34 567')).toEqual({ phone: '4791234567' });
    expect(normalizePhone('91234567')).toEqual({ phone: '4791234567' });
    expect(normalizePhone('4791234567')).toEqual({ phone: '4791234567' });
    expect(normalizePhone('12')).toHaveProperty('problem');
  });
  it('the profile subject is stable per phone number and differs between them', () => {
    expect(subjectOf('4791234567')).toBe(subjectOf('4791234567'));
    expect(subjectOf('4791234567')).not.toBe(subjectOf('4792345678'));
    expect(subjectOf('4791234567')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
  });
  it('amounts read as currency with two decimals', () => {
    expect(formatMoney(6000, 'NOK')).toBe('60.00 NOK');
    expect(formatMoney(105, 'EUR')).toBe('1.05 EUR');
  });
});

describe('webhook URLs and retries', () => {
  it('https anywhere; http only where vpp can reach a developer receiver', () => {
    expect(checkWebhookUrl('https://example.com/hook')).toBeNull();
    expect(checkWebhookUrl('http://127.0.0.1:8080/hook')).toBeNull();
    expect(checkWebhookUrl('http://receiver:3000/hook')).toBeNull();
    expect(checkWebhookUrl('http://192.168.1.20/hook')).toBeNull();
    expect(checkWebhookUrl('http://example.com/hook')).not.toBeNull();
    expect(checkWebhookUrl('ftp://example.com/hook')).not.toBeNull();
    expect(checkWebhookUrl('https://user:pw@example.com/hook')).not.toBeNull();
  });
  it('backs off exponentially, at most 6 hours, for 7 days', () => {
    expect([1, 2, 3, 4].map(webhookBackoffMs)).toEqual([1000, 2000, 4000, 8000]);
    expect(webhookBackoffMs(40)).toBe(6 * 3_600_000);
    expect(withinRetryWindow(0, 7 * 86_400_000 - 1)).toBe(true);
    expect(withinRetryWindow(0, 7 * 86_400_000)).toBe(false);
  });
});
