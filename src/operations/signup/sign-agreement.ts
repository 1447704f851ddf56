// The merchant signs the merchant agreement with (simulated) BankID: only the CEO or the
// chair in the registry may; the agreement is stored as PROCESSING with its PDF and goes to
// the back office's queue.
import { randomUUID } from 'node:crypto';
import { readAgreementForm } from '../../domain/agreements/agreement-form.js';
import { renderAgreementPdf, type AgreementRecord } from '../../domain/agreements/agreement-document.js';
import { conflict, invalid, notFound } from '../../domain/errors.js';
import type { Db } from '../../store/db.js';
import { findOrganisation, findPerson } from '../../store/registry-repo.js';
import { formIdOf, idForForm } from '../../domain/form-submission.js';
import { findAgreement, insertMerchantAgreement, liveAgreementOf, lockOrganisation } from '../../store/merchant-agreements-repo.js';
import { merchantOfOrg } from '../../store/signup-units-repo.js';
import { openCase } from '../backoffice/open-case.js';
import { assertMaySign } from './who-may-sign.js';

export function companyOf(org: { orgno: string; name: string; organisation_form: string; industry: string | null; business_address: string }) {
  const a = JSON.parse(org.business_address) as { addressLine1: string; addressLine2?: string; postCode: string; city: string; countryCode?: string };
  const address = [a.addressLine1, a.addressLine2, `${a.postCode} ${a.city}`, a.countryCode].filter(Boolean).join(', ');
  return { orgno: org.orgno, name: org.name, form: org.organisation_form, industry: org.industry, address };
}

export async function signAgreement(o: { db: Db; orgno: string; nin: string; body: Record<string, unknown>; now: number }): Promise<{ agreementId: string }> {
  const org = await findOrganisation(o.db, o.orgno);
  if (!org) throw notFound(`${o.orgno} is not an organisation in the business registry (Brønnøysundregistrene).`);
  // Who may sign is decided first: someone who may not learns nothing else about the company.
  const roles = await assertMaySign({ db: o.db, orgno: o.orgno, companyName: org.name, nin: o.nin, what: 'sign the merchant agreement' });
  const { answers, problems } = readAgreementForm(o.body, new Date(o.now));
  if (problems.length) throw invalid(`The agreement form has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was signed.`, problems);
  const person = (await findPerson(o.db, o.nin))!;
  const record: AgreementRecord = { company: companyOf(org), answers, signer: { nin: o.nin, name: `${person.first_name} ${person.last_name}`, roles } };
  // The same form posted twice (see domain/form-submission.ts) lands on the first signature.
  const formId = formIdOf(o.body._form);
  const id = formId ? idForForm('merchant-agreement', o.nin, formId) : randomUUID();
  if (formId && (await findAgreement(o.db, id))) return { agreementId: id };
  const pdf = renderAgreementPdf({ id, record, signedAt: new Date(o.now) });
  await o.db.transaction().execute(async (tx) => {
    await lockOrganisation(tx, o.orgno);
    if (formId && (await findAgreement(tx, id))) return;
    const live = await liveAgreementOf(tx, o.orgno);
    if (live) {
      throw conflict(`${org.name} already has a merchant agreement (${live.status === 'ACTIVE' ? 'active' : 'being processed'}, signed ${new Date(live.signed_at).toISOString().slice(0, 10)}). A company signs once; order products on it instead.`);
    }
    if ((await merchantOfOrg(tx, o.orgno))?.status === 'ACTIVE') {
      throw conflict(`${org.name} is already a Vipps MobilePay merchant, so it has an agreement. Order products instead.`);
    }
    await insertMerchantAgreement(tx, { id, orgno: o.orgno, status: 'PROCESSING', signer_nin: o.nin, signed_at: o.now, pdf, form_data: JSON.stringify(record), created_at: o.now, updated_at: o.now });
    await openCase({ tx, kind: 'agreement', subjectId: id, orgno: o.orgno, now: o.now, actor: record.signer.name, event: 'signed', text: 'Signed the merchant agreement with BankID' });
  });
  return { agreementId: id };
}
