// URLs a payer or a webhook is sent to. Returns null when acceptable, else what is wrong.

/** Schemes that would run code or read local data instead of opening a page or an app. */
const DANGEROUS_SCHEMES = new Set(['javascript:', 'data:', 'vbscript:', 'file:', 'blob:', 'about:', 'filesystem:']);

const LOOPBACK = /^(localhost|[\w-]+\.localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** True for addresses only a developer's own machine or network can reach. */
export function isLocalHost(hostname: string): boolean {
  if (LOOPBACK.test(hostname)) return true;
  if (/^10(\.\d{1,3}){3}$/.test(hostname) || /^192\.168(\.\d{1,3}){2}$/.test(hostname)) return true;
  const m = /^172\.(\d{1,3})(\.\d{1,3}){2}$/.exec(hostname);
  if (m && Number(m[1]) >= 16 && Number(m[1]) <= 31) return true;
  // A single-label name (a container or service name in CI) cannot be on the internet.
  return /^[a-z0-9-]+$/i.test(hostname);
}

/**
 * returnUrl and receiptUrl: https, or a custom scheme that opens an app (`myapp://…`).
 * Plain http is accepted only for the developer's own machine (loopback), where vpp runs.
 */
export function checkPayerUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute URL, like https://example.com/return';
  }
  if (DANGEROUS_SCHEMES.has(url.protocol)) return `must not use the ${url.protocol} scheme: use https:// or your app's own URL scheme`;
  if (url.protocol === 'https:') return url.hostname ? null : 'must name a host';
  if (url.protocol === 'http:') {
    return LOOPBACK.test(url.hostname) ? null : 'must use https:// (plain http:// is accepted only for localhost and 127.0.0.1) or a custom URL scheme';
  }
  return null; // a custom scheme, like vipps:// or myapp://
}

/** A webhook URL: https; http only for hosts on the developer's machine or network. */
export function checkWebhookUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute URL, like https://example.com/webhook-callback';
  }
  if (url.username || url.password) return 'must not contain a user name or password';
  if (url.protocol === 'https:') return url.hostname ? null : 'must name a host';
  if (url.protocol === 'http:') {
    return isLocalHost(url.hostname) ? null : 'must use https:// (plain http:// is accepted only for local and private addresses, where vpp can reach your receiver)';
  }
  return 'must use https://';
}
