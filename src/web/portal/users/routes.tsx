// User access (add-portal-user.md): an admin of the merchant lists, adds (phone number →
// name → permissions and units), changes and removes portal users.
import Type from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../../domain/errors.js';
import { addPortalUser } from '../../../operations/portal/add-portal-user.js';
import { changePortalUser } from '../../../operations/portal/change-portal-user.js';
import { findPersonToAdd } from '../../../operations/portal/find-person-to-add.js';
import { listCoveredUnits } from '../../../operations/portal/list-covered-units.js';
import { listPortalUsersOf } from '../../../operations/portal/list-portal-users.js';
import { portalUserRef } from '../../../operations/portal/portal-user-ref.js';
import { removePortalUser } from '../../../operations/portal/remove-portal-user.js';
import { requireMerchantAccess } from '../../../operations/portal/require-merchant-access.js';
import type { Runtime } from '../../../runtime.js';
import { FormList, FormText, formValues, statusOf, tryAction } from '../../form-values.js';
import { pageConfig, pageSchema, seeOther, sendPage } from '../../page.js';
import { checkCsrf } from '../../sessions.js';
import { merchantPath } from '../access-links.js';
import { AddUserPage, EditUserPage, UsersPage } from './pages.js';

const Orgno = Type.Object({ orgno: Type.String({ pattern: '^\\d{9}$' }) });
const OrgnoRef = Type.Object({ orgno: Type.String({ pattern: '^\\d{9}$' }), ref: Type.String({ pattern: '^[\\w-]{22}$' }) });
const Done = Type.Object({ done: Type.Optional(Type.String({ maxLength: 20 })), who: Type.Optional(Type.String({ maxLength: 40 })) });
const PhoneForm = Type.Object({ _csrf: FormText(), phone: FormText(40) });
const GrantForm = Type.Object({ _csrf: FormText(), phone: FormText(40), permissions: FormList(), scope: FormText(10), msns: FormList(6) });

const DONE: Record<string, (name: string) => string> = {
  added: (n) => `${n} was given access. They can log in with BankID now.`,
  changed: (n) => `The access of ${n} was changed. It applies from their next page.`,
  removed: () => 'The user no longer has access.',
};

export const portalUserRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  const db = rt.store.db;
  const ref = (orgno: string) => (nin: string) => portalUserRef(rt.box, orgno, nin);
  const admin = async (req: FastifyRequest, orgno: string) => {
    const { person } = req.portal!;
    const access = await requireMerchantAccess({ db, nin: person.nin, orgno, permission: 'ADMIN' });
    return { nin: person.nin, access };
  };
  const grantInput = (req: FastifyRequest) => {
    const f = formValues(req);
    return { permissions: f.list('permissions'), scope: f.text('scope'), msns: f.list('msns') };
  };

  const showList = async (
    req: FastifyRequest,
    reply: FastifyReply,
    orgno: string,
    extra: { status?: number; done?: string; who?: string; addError?: Parameters<typeof UsersPage>[0]['addError']; phone?: string } = {},
  ) => {
    const a = await admin(req, orgno);
    const { signatories, users } = await listPortalUsersOf({ db, orgno: a.access.orgno, ref: ref(a.access.orgno) });
    const { status, done, who, ...rest } = extra;
    const ok = done && DONE[done] ? DONE[done](users.find((u) => u.ref === who)?.name ?? 'The person') : null;
    return sendPage(reply, <UsersPage access={a.access} csrf={req.portal!.session.csrf} signatories={signatories} users={users} me={a.nin} ok={ok} {...rest} />, status);
  };

  app.get('/portal/merchants/:orgno/users', { config: pageConfig, schema: pageSchema('Portal: the people with access to a merchant', { params: Orgno, querystring: Done }) }, async (req, reply) => {
    const { done, who } = req.query;
    return showList(req, reply, req.params.orgno, { done, who });
  });

  // Step 1: the phone number names a person; show who it is before anything is stored.
  app.post('/portal/merchants/:orgno/users/new', { config: pageConfig, schema: pageSchema('Portal: add a user by phone number (step 1: who)', { params: Orgno, body: PhoneForm }) }, async (req, reply) => {
    checkCsrf(req, req.portal!.session);
    const a = await admin(req, req.params.orgno);
    const phone = formValues(req).text('phone');
    const found = await tryAction(() => findPersonToAdd({ db, orgno: a.access.orgno, phone }));
    if (found.error) return showList(req, reply, req.params.orgno, { status: statusOf(found.error), addError: found.error, phone });
    const units = await listCoveredUnits({ db, access: a.access });
    return sendPage(reply, <AddUserPage access={a.access} csrf={req.portal!.session.csrf} person={found.ok} units={units} chosen={{ permissions: ['READ'], scope: 'all', msns: [] }} />);
  });

  // Step 2: permissions and units chosen; the person is looked up again from the phone number.
  app.post('/portal/merchants/:orgno/users', { config: pageConfig, schema: pageSchema('Portal: add a user (step 2: permissions and units)', { params: Orgno, body: GrantForm }) }, async (req, reply) => {
    checkCsrf(req, req.portal!.session);
    const a = await admin(req, req.params.orgno);
    const phone = formValues(req).text('phone');
    const grant = grantInput(req);
    const added = await tryAction(() => addPortalUser({ db, admin: a, phone, grant, now: rt.clock.now() }));
    if (added.ok) return seeOther(reply, `${merchantPath(a.access.orgno, 'users')}?done=added&who=${ref(a.access.orgno)(added.ok.nin)}`);
    // The person is gone or already added: back to the list, where the problem shows.
    const person = await tryAction(() => findPersonToAdd({ db, orgno: a.access.orgno, phone }));
    if (person.error) return showList(req, reply, req.params.orgno, { status: statusOf(person.error), addError: person.error, phone });
    const units = await listCoveredUnits({ db, access: a.access });
    return sendPage(reply, <AddUserPage access={a.access} csrf={req.portal!.session.csrf} person={person.ok} units={units} chosen={grant} error={added.error} />, statusOf(added.error));
  });

  const findUser = async (req: FastifyRequest, at: { orgno: string; ref: string }) => {
    const a = await admin(req, at.orgno);
    const { users } = await listPortalUsersOf({ db, orgno: a.access.orgno, ref: ref(a.access.orgno) });
    const user = users.find((u) => u.ref === at.ref);
    if (!user) throw notFound(`This person has no access to ${a.access.name} (any more). The list of users shows who has.`);
    return { a, user };
  };

  app.get('/portal/merchants/:orgno/users/:ref', { config: pageConfig, schema: pageSchema('Portal: a user\'s permissions and units', { params: OrgnoRef }) }, async (req, reply) => {
    const { a, user } = await findUser(req, req.params);
    const units = await listCoveredUnits({ db, access: a.access });
    const chosen = { permissions: user.permissions, scope: user.units === 'all' ? 'all' : 'some', msns: user.units === 'all' ? [] : user.units };
    return sendPage(reply, <EditUserPage access={a.access} csrf={req.portal!.session.csrf} user={user} units={units} chosen={chosen} me={a.nin} />);
  });

  app.post('/portal/merchants/:orgno/users/:ref', { config: pageConfig, schema: pageSchema('Portal: change a user\'s permissions and units', { params: OrgnoRef, body: GrantForm }) }, async (req, reply) => {
    checkCsrf(req, req.portal!.session);
    const { a, user } = await findUser(req, req.params);
    const grant = grantInput(req);
    const changed = await tryAction(() => changePortalUser({ db, admin: a, nin: user.nin, grant, now: rt.clock.now() }));
    if (changed.ok) return seeOther(reply, `${merchantPath(a.access.orgno, 'users')}?done=changed&who=${user.ref}`);
    const units = await listCoveredUnits({ db, access: a.access });
    return sendPage(reply, <EditUserPage access={a.access} csrf={req.portal!.session.csrf} user={user} units={units} chosen={grant} error={changed.error} me={a.nin} />, statusOf(changed.error));
  });

  app.post('/portal/merchants/:orgno/users/:ref/remove', { config: pageConfig, schema: pageSchema('Portal: remove a user', { params: OrgnoRef, body: Type.Object({ _csrf: FormText() }) }) }, async (req, reply) => {
    checkCsrf(req, req.portal!.session);
    const { a, user } = await findUser(req, req.params);
    await removePortalUser({ db, adminNin: a.nin, orgno: a.access.orgno, nin: user.nin });
    return seeOther(reply, `${merchantPath(a.access.orgno, 'users')}?done=removed`);
  });
};
