// Failed deliveries are retried with exponential backoff for up to 7 days, then given up.

export const RETRY_WINDOW_MS = 7 * 86_400_000;
const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 6 * 3_600_000;

/** Delay after failed attempt number `attempt` (1-based): 1 s, 2 s, 4 s, … at most 6 h. */
export const webhookBackoffMs = (attempt: number) => Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempt - 1), MAX_DELAY_MS);

/** True when a delivery created at `createdAt` may still be tried at `now`. */
export const withinRetryWindow = (createdAt: number, now: number) => now - createdAt < RETRY_WINDOW_MS;

/** Any 2xx is success; every other answer (redirects included) is retried. */
export const isDelivered = (status: number) => status >= 200 && status < 300;
