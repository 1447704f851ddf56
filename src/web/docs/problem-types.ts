// What each Problem JSON `type` means, for the /docs/problems page: the generic types every
// API answers with, then the documented errors that have their own type.

export interface ProblemTypeDoc {
  slug: string;
  status: number;
  title: string;
  explanation: string;
  fix: string;
  /** The API families that answer with it; all of them when absent. */
  apis?: string[];
}

export const PROBLEM_TYPES: ProblemTypeDoc[] = [
  { slug: 'validation-error', status: 400, title: 'The request did not validate', explanation: 'A field, header or path parameter breaks a documented rule. extraDetails (or errors) lists every problem at once, each with the path of its field.', fix: 'Correct each listed field and send the request again. Nothing was stored.' },
  { slug: 'unauthorized', status: 401, title: 'Unauthorized', explanation: 'The subscription key or the access token is missing, wrong, expired, or belongs to keys that were regenerated.', fix: 'Send Ocp-Apim-Subscription-Key and "Authorization: Bearer <token>" from the same key set; fetch a new token from POST /accesstoken/get when it expires.' },
  { slug: 'forbidden', status: 403, title: 'Forbidden', explanation: 'The keys are valid but their kind may not do this: accounting keys cannot use the Management API, a merchant\'s keys are not a partner\'s, management keys cannot move money.', fix: 'Use the kind of keys the detail names.' },
  { slug: 'not-found', status: 404, title: 'Not found', explanation: 'There is no such thing, or it is not connected to your keys. The two are deliberately answered alike, so nobody learns what exists for others.', fix: 'Check the identifier, and that the merchant or sales unit is connected to you (GET /management/v1/sales-units lists yours).' },
  { slug: 'conflict', status: 409, title: 'Conflict', explanation: 'The request clashes with the current state: an Idempotency-Key reused for a different request, or a product order the merchant has already submitted.', fix: 'Use a new Idempotency-Key for a new request; read the detail for the state that blocks the change.' },
  { slug: 'gone', status: 410, title: 'Gone', explanation: 'The API was removed for good (the Signup API).', fix: 'Use the replacement the detail and the Link header name: POST /management/v1/product-orders.' },
  { slug: 'payload-too-large', status: 413, title: 'Payload too large', explanation: 'The request body is over the size limit (2 MB, room for a base64 logo).', fix: 'Send a smaller body; a logo may be at most 1000 pixels on its longest side.' },
  { slug: 'too-many-requests', status: 429, title: 'Too many requests', explanation: 'Too many requests in a short time.', fix: 'Wait and retry with backoff.' },
  { slug: 'internal-error', status: 500, title: 'Internal server error', explanation: 'Something failed inside vpp.', fix: 'Retry; if it persists, the request id in the detail finds it in the log.' },
  { slug: 'invalid-msn', status: 403, title: 'Invalid MSN', explanation: 'The Merchant-Serial-Number names a sales unit these keys are not connected to, or one that does not exist (answered alike).', fix: 'Send the MSN of a unit connected to you; partner keys act only for units connected to their partner.', apis: ['epayment', 'webhooks', 'recurring', 'ecom'] },
  { slug: 'reference-already-exists', status: 409, title: 'Idempotency error', explanation: 'A payment with this reference already exists for this MSN.', fix: 'Use a new reference for a new payment, or get the existing one.', apis: ['epayment'] },
  { slug: 'idempotency-key-conflict', status: 409, title: 'Idempotency-Key reused for a different request', explanation: 'The Idempotency-Key was used before for a request with other content.', fix: 'Send a new key for a new request; repeat the first request exactly to get its result again.' },
  { slug: 'reference-not-found', status: 404, title: 'Reference not found', explanation: 'No payment with this reference exists for this MSN.', fix: 'Check the reference and the Merchant-Serial-Number: references are unique per sales unit.', apis: ['epayment'] },
  { slug: 'amount-invalid', status: 400, title: 'Amount invalid', explanation: 'The modification amount is not a positive integer in minor units.', fix: 'Send an integer amount in minor units (100 is 1.00).', apis: ['epayment'] },
  { slug: 'invalid-currency', status: 400, title: 'Invalid currency', explanation: "The modification's currency is not the payment's.", fix: 'Send the currency the payment was created in.', apis: ['epayment'] },
  { slug: 'capture-amount-too-high', status: 400, title: 'Capture amount too high', explanation: 'The captures would exceed what the payer authorised.', fix: "Capture at most the authorised amount less what is captured already (see the payment's aggregate).", apis: ['epayment'] },
  { slug: 'cannot-capture-before-reservation', status: 409, title: 'Cannot capture before reservation', explanation: 'The payer has not approved the payment yet.', fix: 'Wait for the AUTHORIZED event before capturing.', apis: ['epayment'] },
  { slug: 'cannot-capture-a-cancelled-payment', status: 409, title: 'Cannot capture a cancelled payment', explanation: 'The rest of the reservation was released by a cancel.', fix: "Check the payment's event log; nothing more can be captured.", apis: ['epayment'] },
  { slug: 'capture-period-expired', status: 400, title: 'Capture period expired', explanation: 'Captures are possible up to 180 days after the reservation.', fix: 'Create a new payment.', apis: ['epayment'] },
  { slug: 'not-enough-refundable', status: 400, title: 'Not enough refundable', explanation: 'The refund is more than what is captured and not yet refunded.', fix: 'Refund at most the captured amount less earlier refunds.', apis: ['epayment'] },
  { slug: 'payment-already-refunded', status: 400, title: 'Payment already refunded', explanation: 'Everything captured has been refunded.', fix: 'Nothing is left to refund; check the event log.', apis: ['epayment'] },
  { slug: 'attempted-refund-before-reservation', status: 409, title: 'Attempted refund before reservation', explanation: 'The payer has not approved the payment, so nothing can be refunded.', fix: 'Cancel the payment instead.', apis: ['epayment'] },
  { slug: 'refund-period-expired', status: 400, title: 'Refund period expired', explanation: 'Refunds are possible up to 365 days after the reservation.', fix: 'Settle the refund outside the platform.', apis: ['epayment'] },
  { slug: 'cancel-period-expired', status: 400, title: 'Cancel period expired', explanation: 'Cancels are possible up to 180 days after the reservation.', fix: 'Nothing to do: the reservation is released by then.', apis: ['epayment'] },
  { slug: 'cannot-cancel-a-captured-payment', status: 409, title: 'Cannot cancel a captured payment', explanation: 'The payment is captured in full, so nothing is left to release.', fix: 'Refund instead.', apis: ['epayment'] },
  { slug: 'payment-already-cancelled', status: 409, title: 'Payment already cancelled', explanation: 'The rest of the reservation was released already.', fix: 'Nothing to do.', apis: ['epayment'] },
  { slug: 'payment-cannot-be-captured', status: 409, title: 'Payment cannot be captured', explanation: 'The payment is in a state (ABORTED, EXPIRED, TERMINATED) that allows no capture.', fix: "Check the payment's state.", apis: ['epayment'] },
  { slug: 'payment-cannot-be-refunded', status: 409, title: 'Payment cannot be refunded', explanation: 'The payment is in a state that allows no refund.', fix: "Check the payment's state.", apis: ['epayment'] },
  { slug: 'payment-cannot-be-cancelled', status: 409, title: 'Payment cannot be cancelled', explanation: 'The payment is in a final state that allows no cancel.', fix: "Check the payment's state.", apis: ['epayment'] },
  { slug: 'order-processing', status: 409, title: 'Order processing', explanation: 'Another request changed the payment while this one was handled.', fix: 'Get the payment and try again.', apis: ['epayment'] },
  { slug: 'payment-is-already-reserved', status: 409, title: 'Payment is already reserved', explanation: 'The payment has been approved already.', fix: 'Nothing to do.', apis: ['epayment'] },
  { slug: 'approve-failed', status: 400, title: 'Approve failed', explanation: 'The simulated approval could not be done (test environment only), for the reason in the detail.', fix: "Fix what the detail names, such as the payer's phone number or age.", apis: ['epayment'] },
  { slug: 'invalid-phone-number', status: 400, title: 'Invalid phone number', explanation: 'The phone number is not in MSISDN form (country code and number, no prefix).', fix: 'Send digits only, like 4791234567.', apis: ['epayment'] },
  { slug: 'direct-capture-not-allowed', status: 403, title: 'Direct capture not allowed', explanation: 'The sales unit is set up for reserve capture, so its payments cannot be captured at approval.', fix: 'Capture after the reservation, or ask for direct capture on the unit (the back office grants it).', apis: ['ecom'] },
  { slug: 'reserve-capture-not-allowed', status: 403, title: 'Reserve capture not allowed', explanation: 'The sales unit is set up for direct capture, which the ePayment API does not offer: ePayment payments are always reserved first.', fix: 'Use the eCom API for this unit, or ask for it to be changed to reserve capture.', apis: ['epayment'] },
  { slug: 'skip-landing-page-not-allowed', status: 403, title: 'Skip landing page not allowed', explanation: 'The sales unit may not skip the landing page, which userFlow PUSH_MESSAGE does.', fix: 'Use WEB_REDIRECT (customer.phoneNumber fills in the landing page), or ask for skip-landing-page on the unit.', apis: ['epayment'] },
  { slug: 'user-below-minimum-age', status: 403, title: 'Approve failed', explanation: "The payer is younger than the payment's minimumUserAge (payer simulation).", fix: 'Approve as an older payer, or create the payment without minimumUserAge.', apis: ['epayment'] },
  { slug: 'long-living-payment-not-allowed', status: 403, title: 'Long-living payment not allowed', explanation: 'The sales unit may not create payments with expiresAt.', fix: 'Ask for long-living payments on the unit, or leave expiresAt out.', apis: ['epayment'] },
];
