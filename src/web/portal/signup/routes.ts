// The signup pages of the portal: the merchant agreement, pre-filled and manual product
// orders, and answers to the back office's questions.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { VppError } from '../../../domain/errors.js';
import { casePortalUrl, requireCase } from '../../../operations/backoffice/case-subject.js';
import { answerQuestion } from '../../../operations/signup/answer-question.js';
import type { Runtime } from '../../../runtime.js';
import { formValues } from '../../form-values.js';
import { pageConfig, pageParams, pageSchema, seeOther } from '../../page.js';
import { checkCsrf } from '../../sessions.js';
import { agreementFormRoutes } from './agreement-form.js';
import { agreementPageRoutes } from './agreement-page.js';
import { prefillPageRoutes } from './prefill-page.js';
import { productPageRoutes } from './product-page.js';

const answerRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  const db = rt.store.db;
  app.post('/portal/cases/:caseId/answer', { config: pageConfig, schema: pageSchema("Portal: answer the back office's question", { params: pageParams('caseId') }) }, async (req, reply) => {
    const { person, session } = req.portal!;
    checkCsrf(req, session);
    const { caseId } = req.params;
    try {
      const c = await answerQuestion({ db, caseId, nin: person.nin, personName: person.name, answer: formValues(req).text('answer'), now: rt.clock.now() });
      return seeOther(reply, `${await casePortalUrl(db, c, '')}?answered=1`);
    } catch (err) {
      // An empty answer: back to the page, which still shows the question.
      if (err instanceof VppError && err.kind === 'validation') {
        const back = await casePortalUrl(db, await requireCase(db, caseId), '');
        throw new VppError('validation', `${err.detail} Go back to ${back} and write your answer.`, { fields: err.fields });
      }
      throw err;
    }
  });
};

export async function portalSignup(app: FastifyInstance, { rt }: { rt: Runtime }) {
  await app.register(productPageRoutes, { rt });
  await app.register(agreementFormRoutes, { rt });
  await app.register(agreementPageRoutes, { rt });
  await app.register(prefillPageRoutes, { rt });
  await app.register(answerRoutes, { rt });
}
