import { describe, expect, it } from 'vitest';
import { contentHash, httpDate, signWebhookRequest } from '../../../src/domain/webhooks/sign-request.js';

// The worked example of the Webhooks API's request-authentication guide.
const EXAMPLE = {
  secret: 'A0+AeKBRG2KRGvnNwJpQlb6IJFk48CKXCIcrLoHncVJKDILsQSxS6NWCccwWm6r6FhGKhiHTBsG2wo/xU6FY/A==',
  url: 'https://webhook.site/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63',
  body: '{"some-unique-content":"ee6e441b-cc4a-46f8-895d-a5af79bcc233/hello-world"}',
  date: 'Thu, 30 Mar 2023 08:38:32 GMT',
};

describe('webhook request signing', () => {
  it('matches the worked example exactly', () => {
    expect(signWebhookRequest(EXAMPLE)).toEqual({
      'x-ms-date': 'Thu, 30 Mar 2023 08:38:32 GMT',
      'x-ms-content-sha256': 'lNlsp1XA03N34HrQsVzPgJKtC+r7l/RBF4V3JQUWMj4=',
      host: 'webhook.site',
      authorization: 'HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=agAiSyogQbDHpeucoNwYz+yAr5nJ+v+zasdkSbqzv+U=',
    });
  });

  it('signs the path with its query and the host with its port', () => {
    const a = signWebhookRequest({ ...EXAMPLE, url: 'http://127.0.0.1:4321/hook?shop=1' });
    const b = signWebhookRequest({ ...EXAMPLE, url: 'http://127.0.0.1:4321/hook?shop=2' });
    expect(a.host).toBe('127.0.0.1:4321');
    expect(a.authorization).not.toBe(b.authorization);
  });

  it('a changed body or another secret gives another signature', () => {
    const base = signWebhookRequest(EXAMPLE).authorization;
    expect(signWebhookRequest({ ...EXAMPLE, body: EXAMPLE.body + ' ' }).authorization).not.toBe(base);
    expect(signWebhookRequest({ ...EXAMPLE, secret: 'other' }).authorization).not.toBe(base);
  });

  it('hashes the body as UTF-8 and formats the date as an HTTP date', () => {
    expect(contentHash('')).toBe('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(httpDate(Date.UTC(2023, 2, 30, 8, 38, 32))).toBe(EXAMPLE.date);
  });
});
