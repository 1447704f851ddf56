// API keys in the portal (api-keys.md, portal.md): developers see the units they cover;
// keys are revealed only in answer to a POST, recorded with who and when, and the answer is
// never stored by the browser or a proxy (cache-control: no-store).
import Type from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createUnitKeys } from '../../../operations/portal/create-unit-keys.js';
import { listUnitKeys } from '../../../operations/portal/list-unit-keys.js';
import { regenerateUnitKeys } from '../../../operations/portal/regenerate-unit-keys.js';
import { requireMerchantAccess } from '../../../operations/portal/require-merchant-access.js';
import { revealUnitKeys } from '../../../operations/portal/reveal-unit-keys.js';
import { unitInReach } from '../../../operations/portal/unit-in-reach.js';
import type { PortalPermission } from '../../../domain/portal/permissions.js';
import type { Runtime } from '../../../runtime.js';
import { FormText, formValues } from '../../form-values.js';
import { pageConfig, pageSchema, sendPage } from '../../page.js';
import { checkCsrf } from '../../sessions.js';
import { KeysPage, RegeneratePage, ShownKeysPage } from './pages.js';
import { portalLoginClientRoutes } from './login-client-routes.js';
import { unitRecurring } from '../../../operations/portal/unit-recurring.js';
import { UnitRecurringPage } from './recurring-page.js';

const Orgno = Type.Object({ orgno: Type.String({ pattern: '^\\d{9}$' }) });
const OrgnoMsn = Type.Object({ orgno: Type.String({ pattern: '^\\d{9}$' }), msn: Type.String({ pattern: '^\\d{5,6}$' }) });
const CsrfForm = Type.Object({ _csrf: FormText() });
const ConfirmForm = Type.Object({ _csrf: FormText(), confirm: FormText(10) });

/** A page with secrets on it: kept by nobody, and not leaked through a Referer. */
function sendSecretPage(reply: FastifyReply, page: Parameters<typeof sendPage>[1]) {
  reply.header('referrer-policy', 'no-referrer');
  return sendPage(reply, page);
}

export const portalKeyRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  const db = rt.store.db;
  await app.register(portalLoginClientRoutes, { rt });
  const person = async (req: FastifyRequest, orgno: string, permission: PortalPermission | PortalPermission[]) => {
    const { person: p } = req.portal!;
    const access = await requireMerchantAccess({ db, nin: p.nin, orgno, permission });
    return { nin: p.nin, access };
  };

  // Read users see their units too, without keys.
  app.get('/portal/merchants/:orgno/keys', { config: pageConfig, schema: pageSchema('Portal: API keys of the sales units you cover', { params: Orgno }) }, async (req, reply) => {
    const p = await person(req, req.params.orgno, ['READ', 'DEVELOPER']);
    const { units, developer, audit } = await listUnitKeys({ db, access: p.access });
    return sendPage(reply, <KeysPage access={p.access} csrf={req.portal!.session.csrf} units={units} developer={developer} audit={audit} />);
  });

  app.get('/portal/merchants/:orgno/keys/:msn/recurring', { config: pageConfig, schema: pageSchema("Portal: a sales unit's Recurring agreements and charges", { params: OrgnoMsn }) }, async (req, reply) => {
    const p = await person(req, req.params.orgno, ['READ', 'DEVELOPER']);
    const view = await unitRecurring({ db, access: p.access, msn: req.params.msn });
    return sendPage(reply, <UnitRecurringPage access={p.access} view={view} />);
  });

  app.post('/portal/merchants/:orgno/keys/:msn/reveal', { config: pageConfig, schema: pageSchema('Portal: show a sales unit\'s API keys (audited)', { params: OrgnoMsn, body: CsrfForm }) }, async (req, reply) => {
    checkCsrf(req, req.portal!.session);
    const p = await person(req, req.params.orgno, 'DEVELOPER');
    const { unit, credentials } = await revealUnitKeys({ db, box: rt.box, person: p, msn: req.params.msn, now: rt.clock.now() });
    return sendSecretPage(reply, <ShownKeysPage access={p.access} unit={unit} credentials={credentials} headline="API keys" note="This showing is recorded in the key log with your name." />);
  });

  app.get('/portal/merchants/:orgno/keys/:msn/regenerate', { config: pageConfig, schema: pageSchema('Portal: confirm regenerating a sales unit\'s API keys', { params: OrgnoMsn }) }, async (req, reply) => {
    const p = await person(req, req.params.orgno, 'DEVELOPER');
    const unit = await unitInReach(db, p.access, req.params.msn);
    return sendPage(reply, <RegeneratePage access={p.access} unit={unit} csrf={req.portal!.session.csrf} />);
  });

  app.post('/portal/merchants/:orgno/keys/:msn/regenerate', { config: pageConfig, schema: pageSchema('Portal: regenerate a sales unit\'s API keys', { params: OrgnoMsn, body: ConfirmForm }) }, async (req, reply) => {
    checkCsrf(req, req.portal!.session);
    const p = await person(req, req.params.orgno, 'DEVELOPER');
    const { msn } = req.params;
    if (!formValues(req).checked('confirm')) {
      const unit = await unitInReach(db, p.access, msn);
      const page = <RegeneratePage access={p.access} unit={unit} csrf={req.portal!.session.csrf} error="Tick the box to confirm that the current keys may stop working. Nothing was changed." />;
      return sendPage(reply, page, 400);
    }
    const { unit, credentials } = await regenerateUnitKeys({ db, box: rt.box, person: p, msn, now: rt.clock.now() });
    return sendSecretPage(reply, <ShownKeysPage access={p.access} unit={unit} credentials={credentials} headline="New API keys" note="The old keys stopped working just now. This is recorded in the key log with your name." />);
  });

  app.post('/portal/merchants/:orgno/keys/:msn/create', { config: pageConfig, schema: pageSchema('Portal: create API keys for a sales unit', { params: OrgnoMsn, body: CsrfForm }) }, async (req, reply) => {
    checkCsrf(req, req.portal!.session);
    const p = await person(req, req.params.orgno, 'DEVELOPER');
    const { unit, credentials } = await createUnitKeys({ db, box: rt.box, person: p, msn: req.params.msn, now: rt.clock.now() });
    return sendSecretPage(reply, <ShownKeysPage access={p.access} unit={unit} credentials={credentials} headline="New API keys" note="The unit's own keys were created just now. This is recorded in the key log with your name." />);
  });
};
