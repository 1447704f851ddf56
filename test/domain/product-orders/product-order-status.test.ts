import { describe, expect, it } from 'vitest';
import { canMove, DELETABLE, PREFILL_STATUS_OF, PRODUCT_ORDER_STATUSES } from '../../../src/domain/product-orders/product-order-status.js';
import { prefillUrl } from '../../../src/domain/product-orders/prefill-url.js';

describe('product order statuses', () => {
  it('maps every status onto the spec prefillStatus enum', () => {
    expect(PREFILL_STATUS_OF).toEqual({
      CREATED: 'RECEIVED',
      OPENED: 'ACCESSED',
      SUBMITTED: 'PROCESSING',
      PROCESSING: 'PROCESSING',
      'AWAITING-CUSTOMER': 'WAITING_FOR_MERCHANT',
      APPROVED: 'COMPLETED',
      STOPPED: 'COMPLETED',
    });
  });

  it('moves forward only', () => {
    expect(canMove('CREATED', 'OPENED')).toBe(true);
    expect(canMove('OPENED', 'SUBMITTED')).toBe(true);
    expect(canMove('SUBMITTED', 'OPENED')).toBe(false);
    expect(canMove('AWAITING-CUSTOMER', 'PROCESSING')).toBe(true);
    expect(canMove('PROCESSING', 'APPROVED')).toBe(true);
  });

  it('ends at APPROVED and STOPPED', () => {
    for (const to of PRODUCT_ORDER_STATUSES) {
      expect(canMove('APPROVED', to)).toBe(false);
      expect(canMove('STOPPED', to)).toBe(false);
    }
  });

  it('lets the creator delete only before the merchant submits', () => {
    expect([...DELETABLE]).toEqual(['CREATED', 'OPENED']);
  });

  it('builds the portal link per product', () => {
    expect(prefillUrl({ publicUrl: 'https://vpp.example', productType: 'VIPPS_I_KASSA', id: 'abc' })).toBe('https://vpp.example/portal/register/vippsikasse/abc');
    expect(prefillUrl({ publicUrl: 'https://vpp.example', productType: 'VIPPS_LOGG_INN', id: 'abc' })).toBe('https://vpp.example/portal/register/vippslogginn/abc');
  });
});
