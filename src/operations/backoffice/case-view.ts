// A case and its product order as the back office reads them.
import type { CaseKind, CaseState } from '../../domain/backoffice/case-state.js';
import type { ProductOrderRow } from '../../store/tables/management.js';
import type { SignupCaseRow } from '../../store/tables/signup.js';

export interface CaseView {
  id: string;
  kind: CaseKind;
  orgno: string;
  state: CaseState;
  submittedAt: number;
  /** The operator ticked "organisation number visible on the website". */
  orgNumberVisible: boolean;
  questionsAsked: number;
  /** Why it was declined: for the back office only, never told to anyone. */
  internalReason: string | null;
  decidedBy: string | null;
  decidedAt: number | null;
}

export interface CaseOrderView {
  productType: string;
  /** portal | partner-api | management-api */
  source: string;
  /** The pre-fill was invalid, so the merchant filled in the form. */
  invalid: boolean;
  salesUnitName: string | null;
  /** PNG, base64. */
  salesUnitLogo: string | null;
  settlementAccount: string | null;
  productUseCase: string | null;
  annualTurnover: number | null;
  intendedPurpose: string | null;
  website: Record<string, string> | null;
  complianceData: Record<string, Record<string, unknown>> | null;
}

export interface CaseEventView {
  at: number;
  actor: string;
  kind: string;
  text: string | null;
  visibleToMerchant: boolean;
}

export function caseViewOf(c: SignupCaseRow): CaseView {
  return {
    id: c.id,
    kind: c.kind,
    orgno: c.orgno,
    state: c.state,
    submittedAt: Number(c.submitted_at),
    orgNumberVisible: c.org_number_visible === 1,
    questionsAsked: c.questions_asked,
    internalReason: c.internal_reason,
    decidedBy: c.decided_by,
    decidedAt: c.decided_at === null ? null : Number(c.decided_at),
  };
}

export function caseOrderViewOf(o: ProductOrderRow): CaseOrderView {
  return {
    productType: o.product_type,
    source: o.source,
    invalid: o.invalid === 1,
    salesUnitName: o.sales_unit_name,
    salesUnitLogo: o.sales_unit_logo,
    settlementAccount: o.settlement_account,
    productUseCase: o.product_use_case,
    annualTurnover: o.annual_turnover,
    intendedPurpose: o.intended_purpose,
    website: o.website ? (JSON.parse(o.website) as Record<string, string>) : null,
    complianceData: o.compliance_data ? (JSON.parse(o.compliance_data) as Record<string, Record<string, unknown>>) : null,
  };
}
