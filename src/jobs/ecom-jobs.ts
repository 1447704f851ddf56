// The eCom API's deliveries to merchants, from the outbox. A callback gets one attempt
// (the guide: callbacks are not retried; the merchant polls /details); a shipping-details
// request one, its failure shown to the payer; a consent removal is retried with backoff.
// Each merchant endpoint (host and port) gets a few deliveries at once: one that hangs
// holds its own few slots while other merchants' callbacks go out.
import type { JobDeps } from './deps.js';
import { deliverConsentRemoval, deliverEcomCallback, deliverShippingRequest, type EcomDeliveryContext } from '../operations/ecom/deliver-ecom-messages.js';
import { ECOM_CALLBACK_TOPIC, type EcomCallbackMessage } from '../operations/ecom/enqueue-ecom-callback.js';
import { ECOM_SHIPPING_TOPIC, type ShippingRequestMessage } from '../operations/ecom/ask-shipping-options.js';
import { ECOM_CONSENT_TOPIC, type ConsentRemovalMessage } from '../operations/ecom/remove-ecom-consent.js';
import { merchantRequest } from './merchant-request.js';
import { DELIVERIES_PER_RECEIVER, DELIVERY_SLOTS, receiverOfUrl } from '../domain/outbox/receiver.js';

const perMerchant = { slots: DELIVERY_SLOTS, perReceiver: DELIVERIES_PER_RECEIVER, receiverOf: (payload: unknown) => receiverOfUrl((payload as { url: string }).url) };

export function installEcomJobs(rt: JobDeps): void {
  const c: EcomDeliveryContext = { db: rt.store.db, box: rt.box, send: merchantRequest, now: () => rt.clock.now() };
  rt.outbox.register(ECOM_CALLBACK_TOPIC, { ...perMerchant, maxAttempts: 1, deliver: (_m, payload) => deliverEcomCallback(c, payload as EcomCallbackMessage) });
  rt.outbox.register(ECOM_SHIPPING_TOPIC, { ...perMerchant, maxAttempts: 1, deliver: (_m, payload) => deliverShippingRequest(c, payload as ShippingRequestMessage) });
  rt.outbox.register(ECOM_CONSENT_TOPIC, { ...perMerchant, deliver: (_m, payload) => deliverConsentRemoval(c, payload as ConsentRemovalMessage) });
}
