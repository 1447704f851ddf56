import { securitySuite } from '../../support/security-cases.js';
import { activeAgreement, chargeBody, RECURRING_WORLD } from '../../support/recurring.js';
import type { TestApp } from '../../support/app.js';

let app: TestApp;
let agreementId = '';

securitySuite('POST /recurring/v3/agreements/charges', {
  setup: async (t) => {
    app = t;
    agreementId = await activeAgreement(t);
    return { url: '/recurring/v3/agreements/charges' };
  },
  method: 'POST',
  payload: () => [{ ...chargeBody(app), agreementId, orderId: `sec-${Math.random().toString(36).slice(2, 12)}` }],
  okStatus: 202,
  world: RECURRING_WORLD,
  boundToUnit: false,
});
