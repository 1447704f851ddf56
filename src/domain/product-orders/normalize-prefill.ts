// The stored form of a valid pre-fill: the columns the portal's order form reads, and
// which top-level fields the creator set (those are locked for the merchant).

export interface PrefillColumns {
  sales_unit_name: string | null;
  sales_unit_logo: string | null;
  settlement_account: string | null;
  price_package_id: string | null;
  product_use_case: string | null;
  annual_turnover: number | null;
  intended_purpose: string | null;
  /** JSON */
  website: string | null;
  /** JSON */
  compliance_data: string | null;
}

const str = (v: unknown) => (typeof v === 'string' ? v : null);
const json = (v: unknown) => (v && typeof v === 'object' ? JSON.stringify(v) : null);

export function prefillColumns(input: Record<string, unknown>): PrefillColumns {
  const account = input.settlementBankAccount as { id?: unknown } | null | undefined;
  return {
    sales_unit_name: str(input.salesUnitName),
    sales_unit_logo: str(input.salesUnitLogo)?.replace(/\s+/g, '') ?? null,
    settlement_account: str(account?.id),
    price_package_id: str(input.pricePackageId)?.toLowerCase() ?? null,
    product_use_case: str(input.productUseCase),
    annual_turnover: typeof input.annualTurnover === 'number' ? input.annualTurnover : null,
    intended_purpose: str(input.intendedPurpose),
    website: json(input.website),
    compliance_data: json(input.complianceData),
  };
}

export const EMPTY_PREFILL: PrefillColumns = {
  sales_unit_name: null,
  sales_unit_logo: null,
  settlement_account: null,
  price_package_id: null,
  product_use_case: null,
  annual_turnover: null,
  intended_purpose: null,
  website: null,
  compliance_data: null,
};

/** The top-level fields the creator gave a value. */
export function lockedFields(input: Record<string, unknown>): string[] {
  return Object.keys(input)
    .filter((k) => input[k] !== null && input[k] !== undefined)
    .sort();
}
