import { securitySuite } from '../../support/security-cases.js';
import { activeAgreement, chargeBody, RECURRING_WORLD } from '../../support/recurring.js';
import type { TestApp } from '../../support/app.js';

let app: TestApp;

securitySuite('POST /recurring/v3/agreements/{agreementId}/charges', {
  setup: async (t) => {
    app = t;
    return { url: `/recurring/v3/agreements/${await activeAgreement(t)}/charges` };
  },
  method: 'POST',
  payload: () => chargeBody(app),
  okStatus: 201,
  world: RECURRING_WORLD,
  boundToUnit: true,
});
