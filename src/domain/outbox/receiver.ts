// Who a delivery goes to, as the outbox worker caps deliveries per receiver: a URL's host
// and port, so one merchant's or partner's endpoint that hangs holds a few delivery slots,
// not all of them.
export function receiverOfUrl(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Deliveries under way at once on a node, per topic and at most to one receiver. */
export const DELIVERY_SLOTS = 20;
export const DELIVERIES_PER_RECEIVER = 5;
