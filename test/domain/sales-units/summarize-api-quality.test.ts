import { describe, expect, it } from 'vitest';
import { routeTemplate, summarizeApiQuality } from '../../../src/domain/sales-units/summarize-api-quality.js';

describe('summarizeApiQuality', () => {
  it('totals each endpoint, with the 2xx share and a count per status', () => {
    const items = summarizeApiQuality([
      { method: 'POST', route: '/epayment/v1/payments', status: 201, count: 95 },
      { method: 'POST', route: '/epayment/v1/payments', status: 400, count: 4 },
      { method: 'POST', route: '/epayment/v1/payments', status: 409, count: 1 },
      { method: 'GET', route: '/management/v1/sales-units/:msn', status: 200, count: 3 },
    ]);
    expect(items).toEqual([
      { endpoint: 'GET:/management/v1/sales-units/{msn}', 'total Requests': 3, successRate: 100, status200: 3, status400: 0, status401: 0, status403: 0, status404: 0, status429: 0, status500: 0 },
      { endpoint: 'POST:/epayment/v1/payments', 'total Requests': 100, successRate: 95, status200: 0, status201: 95, status400: 4, status401: 0, status403: 0, status404: 0, status409: 1, status429: 0, status500: 0 },
    ]);
  });

  it('rounds the success rate to two decimals', () => {
    const [item] = summarizeApiQuality([
      { method: 'GET', route: '/x', status: 200, count: 2 },
      { method: 'GET', route: '/x', status: 500, count: 1 },
    ]);
    expect(item!.successRate).toBe(66.67);
  });

  it('is empty without requests', () => expect(summarizeApiQuality([])).toEqual([]));

  it('writes route parameters as the spec does', () => expect(routeTemplate('/a/:scheme/:id/b')).toBe('/a/{scheme}/{id}/b'));
});
