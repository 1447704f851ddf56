// The eCom API's deliveries to merchants, from the outbox. A callback gets one attempt
// (the guide: callbacks are not retried; the merchant polls /details); a shipping-details
// request one, its failure shown to the payer; a consent removal is retried with backoff.
import type { JobDeps } from './deps.js';
import { deliverConsentRemoval, deliverEcomCallback, deliverShippingRequest, type EcomDeliveryContext } from '../operations/ecom/deliver-ecom-messages.js';
import { ECOM_CALLBACK_TOPIC, type EcomCallbackMessage } from '../operations/ecom/enqueue-ecom-callback.js';
import { ECOM_SHIPPING_TOPIC, type ShippingRequestMessage } from '../operations/ecom/ask-shipping-options.js';
import { ECOM_CONSENT_TOPIC, type ConsentRemovalMessage } from '../operations/ecom/remove-ecom-consent.js';
import { merchantRequest } from './merchant-request.js';

export function installEcomJobs(rt: JobDeps): void {
  const c: EcomDeliveryContext = { db: rt.store.db, box: rt.box, send: merchantRequest, now: () => rt.clock.now() };
  rt.outbox.register(ECOM_CALLBACK_TOPIC, { maxAttempts: 1, deliver: (_m, payload) => deliverEcomCallback(c, payload as EcomCallbackMessage) });
  rt.outbox.register(ECOM_SHIPPING_TOPIC, { maxAttempts: 1, deliver: (_m, payload) => deliverShippingRequest(c, payload as ShippingRequestMessage) });
  rt.outbox.register(ECOM_CONSENT_TOPIC, { deliver: (_m, payload) => deliverConsentRemoval(c, payload as ConsentRemovalMessage) });
}
