// /portal/register/{orgno}: the merchant agreement form. Company details come from the
// registry; the merchant gives a contact, the beneficial owners and politically exposed
// persons, and the CEO or the chair signs with (simulated) BankID.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { MIN_OWNER_ROWS, OWNER_ROLES, ownerRowCount } from '../../../domain/agreements/agreement-form.js';
import { VppError, type FieldProblem } from '../../../domain/errors.js';
import { formIdOf, newFormId } from '../../../domain/form-submission.js';
import { loadAgreementForm, type AgreementForm } from '../../../operations/signup/load-agreement-form.js';
import { signAgreement } from '../../../operations/signup/sign-agreement.js';
import type { Runtime } from '../../../runtime.js';
import { formValues } from '../../form-values.js';
import { pageConfig, pageParams, pageSchema, seeOther, sendPage } from '../../page.js';
import { Layout } from '../../render.js';
import { checkCsrf } from '../../sessions.js';
import { portalNav } from '../home.js';
import { describedBy, ErrorSummary, FieldError } from '../../components/field-errors.js';
import { Notice } from '../../components/notice.js';

type Values = Record<string, string>;

const LABELS: Record<string, string> = { 'contact.name': 'Contact name', 'contact.email': 'Contact email', 'contact.phone': 'Contact phone', owners: 'Beneficial owners', noOwnersOver25: 'No owner above 25 %', pep: 'Politically exposed persons', pepDetails: 'Details' };

function Text({ name, label, hint, values, problems, type = 'text', required }: { name: string; label: string; hint?: string; values: Values; problems: FieldProblem[]; type?: string; required?: boolean }) {
  return (
    <label id={`f-${name}`}>
      {label}
      {hint && <span class="hint">{hint}</span>}
      <input name={name} type={type} value={values[name] ?? ''} required={required} aria-invalid={describedBy(problems, name) ? 'true' : undefined} aria-describedby={describedBy(problems, name)} />
      <FieldError problems={problems} name={name} />
    </label>
  );
}

function OwnerRow({ i, values, problems }: { i: number; values: Values; problems: FieldProblem[] }) {
  const n = (f: string) => `owners.${i}.${f}`;
  return (
    <fieldset class="card owner">
      <legend>Owner {i + 1}</legend>
      <div class="grid-2">
        <Text name={n('name')} label="Full name" values={values} problems={problems} />
        <Text name={n('nin')} label="National identity number" hint="11 digits; leave empty for a person without one" values={values} problems={problems} />
        <Text name={n('birthDate')} label="Birth date" hint="only for a person without a Norwegian number" type="date" values={values} problems={problems} />
        <Text name={n('share')} label="Share in %" hint="ownership or control, like 60" values={values} problems={problems} />
      </div>
      <label id={`f-${n('role')}`}>
        Role
        <select name={n('role')}>
          {Object.entries(OWNER_ROLES).map(([k, v]) => (
            <option value={k} selected={values[n('role')] === k}>
              {v}
            </option>
          ))}
        </select>
        <FieldError problems={problems} name={n('role')} />
      </label>
    </fieldset>
  );
}

interface PageProps extends AgreementForm {
  csrf: string;
  values: Values;
  rows: number;
  problems: FieldProblem[];
  refusal?: string;
}

function AgreementFormPage(p: PageProps) {
  const v = p.values;
  return (
    <Layout title={`Merchant agreement: ${p.org.name}`} area="Merchant portal" nav={portalNav}>
      <h1>Merchant agreement</h1>
      <p class="muted">A company signs one agreement with Vipps MobilePay before it orders products. It is signed with BankID by the CEO (daglig leder) or the chair (styreleder) registered in Brønnøysundregistrene.</p>
      {p.refusal && <Notice kind="error">{p.refusal}</Notice>}
      {p.existing && (
        <Notice kind="ok">
          {p.org.name} already has a merchant agreement ({p.existing.state === 'ACTIVE' ? 'active' : 'being processed'}).{' '}
          {p.existing.agreementId ? <a href={`/portal/agreements/${p.existing.agreementId}`}>See the agreement</a> : <a href="/portal">Go to the portal home</a>}
        </Notice>
      )}
      {!p.existing && !p.mayThisPersonSign && (
        <Notice kind="warn">You may fill in this form, but only {p.signatories.join(' or ') || 'the CEO or the chair'} may sign it for {p.org.name}.</Notice>
      )}
      <ErrorSummary problems={p.problems} title="The agreement was not signed. Fix these and sign again:" labels={LABELS} />
      <section class="card">
        <h2 style="margin-top: 0">The company (from Brønnøysundregistrene)</h2>
        <dl class="facts">
          <dt>Name</dt>
          <dd>{p.org.name}</dd>
          <dt>Organisation number</dt>
          <dd class="mono">{p.org.orgno}</dd>
          <dt>Form</dt>
          <dd>{p.org.form}</dd>
          <dt>Industry</dt>
          <dd>{p.org.industry ?? '—'}</dd>
          <dt>Business address</dt>
          <dd>{p.org.address}</dd>
          <dt>May sign</dt>
          <dd>{p.signatories.join(', ') || 'nobody registered'}</dd>
        </dl>
      </section>
      {!p.existing && (
        <form method="post" action={`/portal/register/${p.org.orgno}`} class="stack wide" novalidate>
          <input type="hidden" name="_csrf" value={p.csrf} />
          <input type="hidden" name="_form" value={formIdOf(v._form) ?? newFormId()} />
          <h2>Contact person</h2>
          <Text name="contact.name" label="Name" values={v} problems={p.problems} required />
          <Text name="contact.email" label="Email" hint="questions and decisions about the agreement go here" type="email" values={v} problems={p.problems} required />
          <Text name="contact.phone" label="Phone (optional)" hint="with country code, like 4791234567" values={v} problems={p.problems} />
          <h2 id="f-owners">Beneficial owners (reelle rettighetshavere)</h2>
          <p class="muted small">Everyone who, directly or through other companies, owns or controls more than 25 % of {p.org.name}.</p>
          <FieldError problems={p.problems} name="owners" />
          {Array.from({ length: p.rows }, (_, i) => (
            <OwnerRow i={i} values={v} problems={p.problems} />
          ))}
          <div class="actions">
            <button type="submit" name="action" value="add-owner" class="secondary" formnovalidate>
              Add another owner
            </button>
          </div>
          <label id="f-noOwnersOver25" class="check">
            <input type="checkbox" name="noOwnersOver25" value="yes" checked={v.noOwnersOver25 === 'yes'} /> Nobody owns or controls more than 25 % of the company
          </label>
          <FieldError problems={p.problems} name="noOwnersOver25" />
          <h2>Politically exposed persons</h2>
          <fieldset id="f-pep" class="plain">
            <legend>Is an owner, a board member or the CEO a politically exposed person, or a family member or close associate of one?</legend>
            <label class="check">
              <input type="radio" name="pep" value="no" checked={v.pep === 'no'} /> No
            </label>
            <label class="check">
              <input type="radio" name="pep" value="yes" checked={v.pep === 'yes'} /> Yes
            </label>
            <FieldError problems={p.problems} name="pep" />
          </fieldset>
          <label id="f-pepDetails">
            If yes: who, which position, and the relation to the company
            <textarea name="pepDetails" rows={3} aria-describedby={describedBy(p.problems, 'pepDetails')}>
              {v.pepDetails ?? ''}
            </textarea>
            <FieldError problems={p.problems} name="pepDetails" />
          </label>
          <div class="actions">
            <button type="submit" name="action" value="sign">
              Sign with BankID
            </button>
          </div>
        </form>
      )}
    </Layout>
  );
}

export const agreementFormRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  const db = rt.store.db;
  const render = async (req: FastifyRequest, reply: FastifyReply, orgno: string, o: { values: Values; rows: number; problems?: FieldProblem[]; refusal?: string; status?: number }) => {
    const { person, session } = req.portal!;
    const form = await loadAgreementForm({ db, orgno, nin: person.nin });
    return sendPage(reply, <AgreementFormPage csrf={session.csrf} {...form} values={o.values} rows={o.rows} problems={o.problems ?? []} refusal={o.refusal} />, o.status ?? 200);
  };

  app.get('/portal/register/:orgno', { config: pageConfig, schema: pageSchema('Portal: the merchant agreement form', { params: pageParams('orgno') }) }, async (req, reply) => {
    const { person } = req.portal!;
    const values: Values = { 'contact.name': person.name, 'contact.email': person.email, 'contact.phone': person.phone };
    return render(req, reply, req.params.orgno, { values, rows: MIN_OWNER_ROWS });
  });

  app.post('/portal/register/:orgno', { config: pageConfig, schema: pageSchema('Portal: sign the merchant agreement (CEO or chair)', { params: pageParams('orgno') }) }, async (req, reply) => {
    const { person, session } = req.portal!;
    checkCsrf(req, session);
    const { orgno } = req.params;
    const values: Values = formValues(req).texts();
    const rows = Math.max(MIN_OWNER_ROWS, ownerRowCount(values));
    if (values.action === 'add-owner') return render(req, reply, orgno, { values, rows: Math.min(rows + 1, 20) });
    try {
      const { agreementId } = await signAgreement({ db, orgno, nin: person.nin, body: values, now: rt.clock.now() });
      return seeOther(reply, `/portal/agreements/${agreementId}?signed=1`);
    } catch (err) {
      if (!(err instanceof VppError) || err.kind === 'not_found') throw err;
      if (err.kind === 'validation') return render(req, reply, orgno, { values, rows, problems: err.fields ?? [], status: 400 });
      return render(req, reply, orgno, { values, rows, refusal: err.detail, status: err.kind === 'forbidden' ? 403 : 409 });
    }
  });
};
