// Public partner pages: apply to become a partner, and the list of live partners.
import Type from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { invalid } from '../../domain/errors.js';
import { applyToBecomePartner } from '../../operations/partner-journey/apply-to-become-partner.js';
import { listLivePartners } from '../../operations/partner-journey/list-live-partners.js';
import type { Runtime } from '../../runtime.js';
import { FormList, FormText, formValues, statusOf, tryAction } from '../form-values.js';
import { pageConfig, pageSchema, sendPage } from '../page.js';
import { AppliedPage, ApplyPage, PartnerListPage } from './pages.js';

const ApplyForm = Type.Object({
  orgno: FormText(20),
  contactName: FormText(100),
  contactEmail: FormText(200),
  contactPhone: FormText(20),
  partnerType: FormText(20),
  products: FormList(),
  expectedMerchants: FormText(12),
  expectedRevenueNok: FormText(16),
});

/** A whole number typed by a person, or NaN (reported as invalid by the application's check). */
const wholeNumber = (s: string) => (/^\d{1,15}$/.test(s.replace(/\s/g, '')) ? Number(s.replace(/\s/g, '')) : NaN);

export const partnerPages: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  app.get('/partners/apply', { config: pageConfig, schema: pageSchema('Apply to become a partner') }, async (_req, reply) => sendPage(reply, <ApplyPage values={{}} />));

  app.post('/partners/apply', { config: pageConfig, schema: pageSchema('Send an application to become a partner', { body: ApplyForm }) }, async (req, reply) => {
    const f = formValues(req);
    const revenueNok = wholeNumber(f.text('expectedRevenueNok'));
    const result = await tryAction(async () => {
      if (Number.isNaN(revenueNok)) throw invalid('Give the expected annual revenue in whole kroner.', [{ name: 'expectedRevenueNok', reason: 'must be a whole number' }]);
      return applyToBecomePartner({
        db: rt.store.db,
        input: {
          orgno: f.text('orgno').replace(/\s/g, ''),
          contactName: f.text('contactName'),
          contactEmail: f.text('contactEmail'),
          contactPhone: f.text('contactPhone'),
          partnerType: f.text('partnerType'),
          products: f.list('products'),
          expectedMerchants: wholeNumber(f.text('expectedMerchants')),
          expectedRevenue: revenueNok * 100,
        },
        now: rt.clock.now(),
      });
    });
    if (result.error) return sendPage(reply, <ApplyPage values={req.body} error={result.error} />, statusOf(result.error));
    return sendPage(reply, <AppliedPage orgName={result.ok.orgName} contactEmail={result.ok.contactEmail} />, 201);
  });

  app.get('/partners', { config: pageConfig, schema: pageSchema('Live partners by level') }, async (_req, reply) => sendPage(reply, <PartnerListPage partners={await listLivePartners({ db: rt.store.db })} />));
};
