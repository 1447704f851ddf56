// The removed Signup API ("partial signup"). Old clients get 410 Gone with a Problem JSON
// that names what replaced it: partner keys and the Management API's pre-fill.
import type { FastifyInstance } from 'fastify';
import { gone } from '../../domain/errors.js';
import type { Runtime } from '../../runtime.js';
import { ManagementProblem } from '../management/schemas.js';

const PATHS = [
  { url: '/v1/partial/signup', summary: 'Removed: partial signup (use POST /management/v1/product-orders)' },
  { url: '/v1/test/callbackTrigger', summary: 'Removed: the Signup API callback test helper' },
];

export async function signupApiGone(app: FastifyInstance, { rt }: { rt: Runtime }) {
  const successor = `${rt.config.publicUrl}/management/v1/product-orders`;
  for (const { url, summary } of PATHS) {
    app.post(
      url,
      {
        config: { api: 'signup', errorFormat: 'problem' },
        schema: { tags: ['Signup API (removed)'], deprecated: true, summary, response: { 410: ManagementProblem } },
        // Before the body is read: whatever an old client sends, the answer is the same.
        onRequest: async (_req, reply) => {
          reply.header('link', `<${successor}>; rel="successor-version"`);
          throw gone(
            `The Signup API has been removed. To sign up a merchant, pre-fill a product order with POST ${successor} (Management API) using your partner keys or management keys, and give the merchant the prefillUrl it returns. The merchant's new sales unit is then reached with your partner keys and the Merchant-Serial-Number header; no callback with API keys is sent.`,
          );
        },
      },
      async () => undefined,
    );
  }
}
