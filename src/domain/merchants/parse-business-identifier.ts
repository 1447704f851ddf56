// The {scheme}/{id} of a merchant in a Management API path. Only Norwegian organisation
// numbers exist for now.
import { invalid, type FieldProblem } from '../errors.js';
import { checkOrgno } from '../identifiers.js';
import { NORWEGIAN_ORG_SCHEME } from '../product-orders/check-prefill.js';

/** Returns the org number, or throws a 400 naming each part that is wrong. */
export function parseBusinessIdentifier(scheme: string, id: string): string {
  const problems: FieldProblem[] = [];
  if (scheme !== NORWEGIAN_ORG_SCHEME) {
    problems.push({ name: 'scheme', reason: `is "${scheme}"; only ${NORWEGIAN_ORG_SCHEME} (a Norwegian organisation number) is supported for now` });
  }
  const why = checkOrgno(id);
  if (why) problems.push({ name: 'id', reason: why });
  if (problems.length) throw invalid(`The business identifier is not valid: ${problems.map((p) => `${p.name} ${p.reason}`).join('; ')}.`, problems);
  return id;
}
