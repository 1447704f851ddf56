// Every problem of an order the merchant typed, with the rules a partner's pre-fill meets
// (the Management API's schema and check-prefill.ts) plus what the portal requires.
import { schemaProblems } from '../../domain/schema-problems.js';
import type { FieldProblem } from '../../domain/errors.js';
import { checkAccountNumber } from '../../domain/identifiers.js';
import { checkPrefill } from '../../domain/product-orders/check-prefill.js';
import { ProductOrderRequest } from '../../domain/product-orders/prefill-schema.js';
import { portalOrderProblems } from '../../domain/signup/order-form.js';

/** `pricePackageIds`: the packages the form offered (null when the package is locked or none apply). */
export function orderInputProblems(input: Record<string, unknown>, pricePackageIds: readonly string[] | null): FieldProblem[] {
  // The portal checks the price package against what it offered, in its own words.
  const { pricePackageId: _package, ...rest } = input;
  const problems = checkPrefill({ input: rest, shapeProblems: schemaProblems(ProductOrderRequest, rest), orgKnown: true, pricePackages: null });
  for (const p of portalOrderProblems(input, pricePackageIds)) if (!problems.some((q) => q.name === p.name)) problems.push(p);
  // A person typed the account: say what a Norwegian account number is, not which pattern failed.
  const account = problems.find((p) => p.name === 'settlementBankAccount.id');
  const typed = (input.settlementBankAccount as { id?: unknown } | undefined)?.id;
  if (account && typeof typed === 'string' && /^\d+$/.test(typed)) account.reason = checkAccountNumber(typed) ?? account.reason;
  return problems;
}

export function orderInvalid(problems: FieldProblem[]) {
  return `The order has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was sent. Fix the fields marked below and send again.`;
}
