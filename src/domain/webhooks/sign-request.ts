// Signs a webhook request as the Webhooks API documents: an HMAC-SHA256, keyed with the
// webhook's secret, over the method, path and query, date, host and the body's SHA-256.
import { createHash, createHmac } from 'node:crypto';

export interface SignedHeaders {
  'x-ms-date': string;
  'x-ms-content-sha256': string;
  host: string;
  authorization: string;
}

export function contentHash(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('base64');
}

/** `date` is the HTTP date sent in x-ms-date, like "Thu, 30 Mar 2023 08:38:32 GMT". */
export function signWebhookRequest(opts: { secret: string; url: string; body: string; date: string }): SignedHeaders {
  const url = new URL(opts.url);
  const hash = contentHash(opts.body);
  const signed = `POST\n${url.pathname}${url.search}\n${opts.date};${url.host};${hash}`;
  const signature = createHmac('sha256', opts.secret).update(signed, 'utf8').digest('base64');
  return {
    'x-ms-date': opts.date,
    'x-ms-content-sha256': hash,
    host: url.host,
    authorization: `HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=${signature}`,
  };
}

/** HTTP date (RFC 7231 IMF-fixdate) of an epoch-ms time. */
export const httpDate = (ms: number) => new Date(ms).toUTCString();
