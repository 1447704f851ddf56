// What the merchant agreement form shows: the company as the business registry has it, who
// may sign for it and whether this person may, and an agreement it already has (shown only
// to someone with portal access to the company).
import { checkOrgno } from '../../domain/identifiers.js';
import { notFound } from '../../domain/errors.js';
import { maySign } from '../../domain/registry/roles.js';
import type { Queryable } from '../../store/db.js';
import { findOrganisation, rolesOfOrganisation } from '../../store/registry-repo.js';
import { accessToCompany } from '../portal/access-of-person.js';
import { agreementStateOf, type AgreementState } from './agreement-state.js';
import { companyOf } from './sign-agreement.js';
import { signatoriesOf } from './who-may-sign.js';

export interface LoadAgreementFormOptions {
  db: Queryable;
  orgno: string;
  nin: string;
}

export interface AgreementForm {
  org: ReturnType<typeof companyOf>;
  signatories: string[];
  mayThisPersonSign: boolean;
  existing: { state: AgreementState; agreementId: string | null } | null;
}

export async function loadAgreementForm(o: LoadAgreementFormOptions): Promise<AgreementForm> {
  const { db, orgno } = o;
  const org = checkOrgno(orgno) ? undefined : await findOrganisation(db, orgno);
  if (!org) throw notFound(`${orgno} is not an organisation in the business registry (Brønnøysundregistrene). Check the organisation number.`);
  const myRoles = (await rolesOfOrganisation(db, orgno)).filter((r) => r.nin === o.nin).map((r) => r.role);
  const state = await agreementStateOf(db, orgno);
  const access = await accessToCompany({ db, nin: o.nin, orgno });
  return {
    org: companyOf(org),
    signatories: await signatoriesOf(db, orgno),
    mayThisPersonSign: maySign(myRoles),
    existing: state.state !== 'NONE' && access ? state : null,
  };
}
