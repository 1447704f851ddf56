// The initiate rules a JSON schema cannot express: URL schemes, Express's extra URLs, the
// phone number (corrected where it can be, as the platform does), profile scopes.
import { invalid, type FieldProblem } from '../errors.js';
import { MAX_AMOUNT, PROFILE_SCOPES } from '../payments/check-create-payment.js';
import { checkPayerUrl, checkWebhookUrl } from '../payments/check-url.js';
import { ecomError } from './errors.js';
import type { EcomFacts, EcomPaymentType, ShippingOption } from './ecom-payment.js';

export interface InitiateInput {
  customerInfo: { mobileNumber?: string };
  merchantInfo: {
    merchantSerialNumber: string;
    callbackPrefix: string;
    fallBack: string;
    authToken?: string;
    isApp?: boolean;
    paymentType?: EcomPaymentType;
    consentRemovalPrefix?: string;
    shippingDetailsPrefix?: string;
    staticShippingDetails?: ShippingOption[];
  };
  transaction: {
    orderId: string;
    amount: number;
    transactionText: string;
    skipLandingPage?: boolean;
    scope?: string;
    useExplicitCheckoutFlow?: boolean;
  };
}

/**
 * A Norwegian mobile number as eCom takes it (8 digits), with a +47, 0047 or 47 prefix and
 * spaces forgiven; returned as MSISDN (47 and the 8 digits), or null when it is no number.
 */
export function msisdnOfMobileNumber(value: string): string | null {
  const digits = value.replace(/[\s-]/g, '').replace(/^\+/, '').replace(/^00/, '');
  if (/^\d{8}$/.test(digits)) return `47${digits}`;
  if (/^47\d{8}$/.test(digits)) return digits;
  return null;
}

/** The 8-digit form eCom shows (userDetails.mobileNumber). */
export const mobileNumberOf = (msisdn: string) => (msisdn.startsWith('47') && msisdn.length === 10 ? msisdn.slice(2) : msisdn);

export interface CheckedInitiate {
  customerPhone: string | null;
  facts: EcomFacts;
  scope: string | null;
}

export function checkInitiate(input: InitiateInput): CheckedInitiate {
  const problems: FieldProblem[] = [];
  const add = (name: string, reason: string) => problems.push({ name, reason });
  const m = input.merchantInfo;
  const t = input.transaction;
  const paymentType = m.paymentType ?? 'eComm Regular Payment';
  const express = paymentType === 'eComm Express Payment';

  if (t.amount > MAX_AMOUNT) add('transaction.amount', `must be at most ${MAX_AMOUNT} øre`);
  const serverUrl = (name: string, value: string | undefined) => {
    if (value === undefined) return;
    const why = checkWebhookUrl(value);
    if (why) add(name, why);
  };
  serverUrl('merchantInfo.callbackPrefix', m.callbackPrefix);
  serverUrl('merchantInfo.consentRemovalPrefix', m.consentRemovalPrefix);
  serverUrl('merchantInfo.shippingDetailsPrefix', m.shippingDetailsPrefix);
  // With isApp the fallBack is the merchant app's own link and is not checked as a URL.
  if (!m.isApp) {
    const why = checkPayerUrl(m.fallBack);
    if (why) add('merchantInfo.fallBack', why);
  }
  if (express) {
    if (!m.consentRemovalPrefix) add('merchantInfo.consentRemovalPrefix', 'is required for eComm Express Payment (the payer may withdraw consent)');
    if (!m.shippingDetailsPrefix && !m.staticShippingDetails?.length) {
      add('merchantInfo.shippingDetailsPrefix', 'is required for eComm Express Payment unless staticShippingDetails lists the shipping options');
    }
  }
  const ids = new Set<string>();
  for (const [i, s] of (m.staticShippingDetails ?? []).entries()) {
    if (ids.has(s.shippingMethodId)) add(`merchantInfo.staticShippingDetails[${i}].shippingMethodId`, 'must be unique');
    ids.add(s.shippingMethodId);
  }
  if (t.skipLandingPage && !input.customerInfo.mobileNumber) add('customerInfo.mobileNumber', 'is required with transaction.skipLandingPage');
  let scope: string | null = null;
  if (t.scope !== undefined) {
    const words = t.scope.split(' ').filter(Boolean);
    const unknown = words.filter((w) => !(PROFILE_SCOPES as readonly string[]).includes(w));
    if (unknown.length) add('transaction.scope', `has unknown scopes (${unknown.join(', ')}); use a space-separated list of ${PROFILE_SCOPES.join(', ')}`);
    scope = words.length ? words.join(' ') : null;
  }
  if (problems.length) throw invalid(`The payment request has ${problems.length} problem(s): ${problems.map((p) => `${p.name} ${p.reason}`).join('; ')}.`, problems);

  let customerPhone: string | null = null;
  if (input.customerInfo.mobileNumber !== undefined && input.customerInfo.mobileNumber !== '') {
    customerPhone = msisdnOfMobileNumber(input.customerInfo.mobileNumber);
    if (!customerPhone) {
      throw ecomError('validation', 'User', '81', `customerInfo.mobileNumber ${JSON.stringify(input.customerInfo.mobileNumber)} is not a Norwegian mobile number: send 8 digits, like 91234567, or leave it out and let the payer enter it.`);
    }
  }
  return {
    customerPhone,
    scope,
    facts: {
      paymentType,
      callbackPrefix: m.callbackPrefix,
      fallBack: m.fallBack,
      isApp: m.isApp ?? false,
      consentRemovalPrefix: m.consentRemovalPrefix ?? null,
      shippingDetailsPrefix: m.shippingDetailsPrefix ?? null,
      staticShippingDetails: m.staticShippingDetails?.length ? m.staticShippingDetails : null,
      transactionText: t.transactionText,
      skipLandingPage: t.skipLandingPage ?? false,
      useExplicitCheckoutFlow: t.useExplicitCheckoutFlow ?? false,
    },
  };
}
