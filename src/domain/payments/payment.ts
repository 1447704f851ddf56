// A payment as the rules and the views see it (the repository maps rows to this).
import type { EcomFacts } from '../ecom/ecom-payment.js';
import type { PaymentEventName } from './states.js';
import type { PaymentMoney } from './money-rules.js';

export interface Payment extends PaymentMoney {
  id: string;
  msn: string;
  pspReference: string;
  paymentMethod: string;
  userFlow: string;
  customerPhone: string | null;
  payerPhone: string | null;
  description: string | null;
  returnUrl: string | null;
  metadata: Record<string, string> | null;
  details: PaymentDetails;
  profileScope: string | null;
  profileSub: string | null;
  landingToken: string;
  longLiving: boolean;
  expiresAt: number;
  createdAt: number;
  updatedAt: number;
  /** Set for a payment made through the eCom API v2. */
  ecom?: EcomFacts | null;
}

/** Parts of the create request kept as given. */
export interface PaymentDetails {
  customer?: { phoneNumber?: string; personalQr?: string; customerToken?: string };
  customerInteraction?: string;
  qrFormat?: { format: string; size?: number | null } | null;
  receipt?: unknown;
  receiptUrl?: string | null;
  industryData?: unknown;
  /** The payer must be at least this old (years) to approve. */
  minimumUserAge?: number | null;
}

export interface PaymentEvent {
  eventId: string;
  paymentId: string;
  name: PaymentEventName;
  pspReference: string;
  currency: string;
  amount: number;
  success: boolean;
  idempotencyKey: string | null;
  createdAt: number;
}
