import { describe, expect, it } from 'vitest';
import { isOpenPartnerChange, partnerChangeStepRefusal } from '../../../src/domain/partner-change/partner-change-status.js';

describe('the steps of a partner change', () => {
  it('reconfigures only after the new partner ordered it', () => {
    expect(partnerChangeStepRefusal('COMPLETED', 'REQUESTED')).toContain("once the new partner's order for it has been received");
    expect(partnerChangeStepRefusal('ORDER_RECEIVED', 'REQUESTED')).toBeNull();
    expect(partnerChangeStepRefusal('COMPLETED', 'ORDER_RECEIVED')).toBeNull();
  });

  it('records the order once', () => {
    expect(partnerChangeStepRefusal('ORDER_RECEIVED', 'ORDER_RECEIVED')).toContain('already been recorded');
  });

  it('may be withdrawn or declined while open, and nothing happens to a closed one', () => {
    for (const open of ['REQUESTED', 'ORDER_RECEIVED']) {
      expect(isOpenPartnerChange(open)).toBe(true);
      expect(partnerChangeStepRefusal('WITHDRAWN', open)).toBeNull();
      expect(partnerChangeStepRefusal('DECLINED', open)).toBeNull();
    }
    for (const closed of ['COMPLETED', 'DECLINED', 'WITHDRAWN']) {
      expect(isOpenPartnerChange(closed)).toBe(false);
      for (const step of ['ORDER_RECEIVED', 'COMPLETED', 'DECLINED', 'WITHDRAWN'] as const) {
        expect(partnerChangeStepRefusal(step, closed)).toContain('already closed');
      }
    }
  });
});
