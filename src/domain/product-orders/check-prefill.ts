// Every problem of a pre-fill at once, each with its field path: the shape problems found at
// the edge, plus the rules a schema cannot express. A field with a shape problem is not
// checked again, so each mistake is reported once.
import type { FieldProblem } from '../errors.js';
import { checkAccountNumber, checkOrgno } from '../identifiers.js';
import { checkLogo } from '../sales-units/check-logo.js';
import { PATTERN_REASON } from './prefill-schema.js';

export const NORWEGIAN_ORG_SCHEME = 'business:NO:ORG';
export const NORWEGIAN_ACCOUNT_SCHEME = 'BBAN:NO';

export interface CallerPricePackage { id: string; productType: string; name: string }

export interface CheckPrefillOptions {
  /** The request body, as sent. */
  input: unknown;
  /** Problems the edge's schema validation found. */
  shapeProblems: FieldProblem[];
  /** Whether the business registry has the organisation (undefined when not looked up). */
  orgKnown: boolean | undefined;
  /** The caller's price packages; null when the caller is not a partner and has none. */
  pricePackages: CallerPricePackage[] | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function checkPrefill(o: CheckPrefillOptions): FieldProblem[] {
  const problems = o.shapeProblems.map((p) =>
    p.reason.startsWith('must match the pattern') && PATTERN_REASON[p.name] ? { name: p.name, reason: PATTERN_REASON[p.name]! } : p,
  );
  const body = o.input;
  if (!isRecord(body)) return problems;
  const reported = (path: string) => problems.some((p) => p.name === path || path.startsWith(`${p.name}.`) || p.name === '(body)');
  const add = (name: string, reason: string | null) => {
    if (reason && !reported(name)) problems.push({ name, reason });
  };

  const bid = body.businessIdentifier;
  if (isRecord(bid)) {
    if (typeof bid.scheme === 'string' && bid.scheme !== NORWEGIAN_ORG_SCHEME) {
      add('businessIdentifier.scheme', `is "${bid.scheme}"; only ${NORWEGIAN_ORG_SCHEME} (a Norwegian organisation number) is supported for now`);
    }
    if (typeof bid.id === 'string') {
      const why = checkOrgno(bid.id);
      if (why) add('businessIdentifier.id', why);
      else if (o.orgKnown === false) add('businessIdentifier.id', `${bid.id} is not an organisation in the business registry (Brønnøysundregistrene)`);
    }
  }

  if (typeof body.salesUnitLogo === 'string') {
    const logo = checkLogo(body.salesUnitLogo);
    if (!logo.ok) add('salesUnitLogo', logo.reason);
  }

  const account = body.settlementBankAccount;
  if (isRecord(account)) {
    if (typeof account.scheme === 'string' && account.scheme !== NORWEGIAN_ACCOUNT_SCHEME) {
      add('settlementBankAccount.scheme', `is "${account.scheme}"; only ${NORWEGIAN_ACCOUNT_SCHEME} (a Norwegian account number) is supported`);
    }
    if (typeof account.id === 'string') add('settlementBankAccount.id', checkAccountNumber(account.id));
  }

  const productType = reported('productType') ? undefined : body.productType;
  if (typeof body.pricePackageId === 'string') add('pricePackageId', checkPricePackage(body.pricePackageId, productType, o.pricePackages));
  return mergeByPath(problems);
}

/** One problem per field: several reasons for one field are joined. */
function mergeByPath(problems: FieldProblem[]): FieldProblem[] {
  const byName = new Map<string, FieldProblem>();
  for (const p of problems) {
    const seen = byName.get(p.name);
    if (seen) seen.reason = `${seen.reason}; ${p.reason}`;
    else byName.set(p.name, { ...p });
  }
  return [...byName.values()];
}

function checkPricePackage(id: string, productType: unknown, packages: CallerPricePackage[] | null): string | null {
  if (packages === null) return 'cannot be set with these keys: only a partner has price packages. Leave it out, and the merchant chooses the price';
  const pkg = packages.find((p) => p.id.toLowerCase() === id.toLowerCase());
  if (!pkg) return `${id} is not one of your price packages; GET /management/v1/partners/price-packages lists them`;
  if (typeof productType === 'string' && pkg.productType !== productType) {
    return `is the price package "${pkg.name}" for ${pkg.productType}, but productType is ${productType}`;
  }
  return null;
}
