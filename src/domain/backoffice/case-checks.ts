// The automatic checks the back office sees on each case: the usual reasons applications
// are delayed ("Typical reasons for delays"), checked from the registry and the order.
import { COMPLIANCE_FORM } from '../signup/order-form.js';
import { WEB_PRODUCTS } from '../signup/products.js';
import { maySign, ROLE_LABEL } from '../registry/roles.js';

export type CheckStatus = 'ok' | 'failed' | 'operator' | 'not-applicable';
export interface CaseCheck { id: string; label: string; status: CheckStatus; detail: string }

const rolesText = (roles: readonly string[]) => (roles.length ? roles.map((r) => ROLE_LABEL[r] ?? r).join(', ') : 'no role');

export interface SignerFacts { name: string; rolesNow: readonly string[] }

function signerCheck(signer: SignerFacts | 'existing-merchant' | null): CaseCheck {
  const label = "Signer's right to sign (Brønnøysundregistrene)";
  if (signer === 'existing-merchant') return { id: 'signer', label, status: 'ok', detail: 'An existing customer: its agreement was made before the portal.' };
  if (!signer) return { id: 'signer', label, status: 'failed', detail: 'The company has no merchant agreement.' };
  return maySign(signer.rolesNow)
    ? { id: 'signer', label, status: 'ok', detail: `${signer.name} is registered as ${rolesText(signer.rolesNow)}.` }
    : { id: 'signer', label, status: 'failed', detail: `${signer.name} is registered as ${rolesText(signer.rolesNow)}: only the CEO or the chair may sign.` };
}

export function agreementChecks(f: { signer: SignerFacts; owners: number; noOwnersOver25: boolean; pep: boolean; pepDetails: string }): CaseCheck[] {
  return [
    signerCheck(f.signer),
    {
      id: 'owners',
      label: 'Beneficial owners declared',
      status: f.owners > 0 || f.noOwnersOver25 ? 'ok' : 'failed',
      detail: f.owners > 0 ? `${f.owners} owner${f.owners === 1 ? '' : 's'} listed.` : f.noOwnersOver25 ? 'Declared: nobody owns or controls more than 25 %.' : 'No owners and no declaration.',
    },
    {
      id: 'pep',
      label: 'Politically exposed persons',
      status: f.pep ? 'operator' : 'ok',
      detail: f.pep ? `Declared, needs enhanced due diligence: ${f.pepDetails}` : 'None declared.',
    },
  ];
}

export interface OrderCheckFacts {
  productType: string;
  signer: SignerFacts | 'existing-merchant' | null;
  websiteUrl: string | null;
  termsUrl: string | null;
  orgNumberVisible: boolean;
  intendedPurpose: string | null;
  complianceData: Record<string, unknown> | null;
}

export function orderChecks(f: OrderCheckFacts): CaseCheck[] {
  const web = WEB_PRODUCTS.includes(f.productType);
  const missing = Object.keys(COMPLIANCE_FORM).filter((k) => !f.complianceData || f.complianceData[k] === undefined || f.complianceData[k] === null);
  return [
    signerCheck(f.signer),
    web
      ? { id: 'terms', label: 'Terms and conditions URL present', status: f.termsUrl ? 'ok' : 'failed', detail: f.termsUrl ?? 'No terms and conditions URL was given.' }
      : { id: 'terms', label: 'Terms and conditions URL present', status: 'not-applicable', detail: 'Not sold on a website.' },
    web
      ? {
          id: 'org-visible',
          label: 'Organisation number visible on the website',
          status: f.orgNumberVisible ? 'ok' : 'operator',
          detail: f.orgNumberVisible ? 'Confirmed by an operator.' : f.websiteUrl ? `Look at ${f.websiteUrl} and tick the box when it shows the number.` : 'No website was given.',
        }
      : { id: 'org-visible', label: 'Organisation number visible on the website', status: 'not-applicable', detail: 'Not sold on a website.' },
    {
      id: 'purpose',
      label: 'Intended purpose filled in',
      status: f.intendedPurpose && f.intendedPurpose.trim().length >= 10 ? 'ok' : 'failed',
      detail: f.intendedPurpose ? f.intendedPurpose : 'What the merchant sells was not described.',
    },
    f.productType === 'VIPPS_PA_NETT'
      ? {
          id: 'compliance',
          label: 'Compliance data complete (Vipps på nett)',
          status: missing.length ? 'failed' : 'ok',
          detail: missing.length ? `Missing: ${missing.map((k) => COMPLIANCE_FORM[k]!.label.toLowerCase()).join(', ')}.` : 'Every category answered.',
        }
      : { id: 'compliance', label: 'Compliance data complete (Vipps på nett)', status: 'not-applicable', detail: 'Only asked for Vipps på nett.' },
  ];
}

/** How many checks fail or wait for the operator. */
export function openChecks(checks: readonly CaseCheck[]): number {
  return checks.filter((c) => c.status === 'failed' || c.status === 'operator').length;
}
