import { ecomSecuritySuite } from '../../support/ecom-security.js';
import { initiateBody } from '../../support/ecom.js';

ecomSecuritySuite('POST /ecomm/v2/payments', {
  setup: async () => ({ url: '/ecomm/v2/payments' }),
  method: 'POST',
  payload: (msn) => initiateBody({ msn }),
  okStatus: 200,
  boundToUnit: false,
});
