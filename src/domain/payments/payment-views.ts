// The documented JSON shapes of a payment: GetPaymentResponse, ModificationResponse,
// PaymentEvent and the webhook payload.
import type { Payment, PaymentEvent } from './payment.js';

const money = (currency: string, value: number) => ({ currency, value });

export function aggregateOf(p: Payment) {
  return {
    authorizedAmount: money(p.currency, p.authorized),
    cancelledAmount: money(p.currency, p.cancelled),
    capturedAmount: money(p.currency, p.captured),
    refundedAmount: money(p.currency, p.refunded),
  };
}

/** The app-switch link of NATIVE_REDIRECT: the app's own scheme, which the OS hands to the app. */
export const appSwitchUrl = (landingToken: string) => `vipps://?token=${landingToken}`;

/** Where the payer continues: vpp's landing page, the app itself, or the QR code that leads there. */
export function redirectUrlOf(p: Pick<Payment, 'userFlow' | 'landingToken' | 'details'>, publicUrl: string): string | undefined {
  if (p.userFlow === 'PUSH_MESSAGE') return undefined;
  if (p.userFlow === 'NATIVE_REDIRECT') return appSwitchUrl(p.landingToken);
  const landing = `${publicUrl}/app/landing?token=${p.landingToken}`;
  if (p.userFlow !== 'QR') return landing;
  const format = p.details.qrFormat?.format ?? 'IMAGE/SVG+XML';
  if (format === 'TEXT/TARGETURL') return landing;
  if (format === 'IMAGE/PNG') return `${publicUrl}/app/qr/${p.landingToken}.png?size=${p.details.qrFormat?.size ?? 1024}`;
  return `${publicUrl}/app/qr/${p.landingToken}.svg`;
}

export function paymentResponse(p: Payment, publicUrl: string) {
  const redirectUrl = p.state === 'CREATED' ? redirectUrlOf(p, publicUrl) : undefined;
  return {
    aggregate: aggregateOf(p),
    amount: money(p.currency, p.amount),
    state: p.state,
    paymentMethod: { type: p.paymentMethod, ...(p.paymentMethod === 'CARD' && p.state === 'AUTHORIZED' ? { cardBin: '540185' } : {}) },
    profile: p.profileSub ? { sub: p.profileSub } : {},
    pspReference: p.pspReference,
    ...(redirectUrl ? { redirectUrl } : {}),
    reference: p.reference,
    ...(p.metadata ? { metadata: p.metadata } : {}),
  };
}

export function modificationResponse(p: Payment, pspReference: string) {
  return {
    amount: money(p.currency, p.amount),
    state: p.state,
    aggregate: aggregateOf(p),
    pspReference,
    reference: p.reference,
  };
}

export function eventResponse(e: PaymentEvent, reference: string) {
  return {
    reference,
    pspReference: e.pspReference,
    name: e.name,
    amount: money(e.currency, e.amount),
    timestamp: new Date(e.createdAt).toISOString(),
    idempotencyKey: e.idempotencyKey,
    success: e.success,
  };
}

/** The body of an ePayment webhook: the event, plus the sales unit it happened at. */
export function webhookPayload(e: PaymentEvent, p: Pick<Payment, 'msn' | 'reference'>) {
  return {
    msn: p.msn,
    reference: p.reference,
    pspReference: e.pspReference,
    name: e.name,
    amount: money(e.currency, e.amount),
    timestamp: new Date(e.createdAt).toISOString(),
    idempotencyKey: e.idempotencyKey,
    success: e.success,
  };
}
