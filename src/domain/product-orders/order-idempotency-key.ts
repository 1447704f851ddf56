// The Idempotency-Key of a Management API pre-fill, as the API documents it: required,
// 1–50 letters, digits and hyphens. A bad key is listed with the order's other problems.
import type { FieldProblem } from '../errors.js';

export const IDEMPOTENCY_KEY_PATTERN = '^[a-zA-Z0-9-]{1,50}$';

export function idempotencyKeyProblem(value: string | string[] | undefined): FieldProblem | null {
  if (value === undefined || value === '') {
    return { name: 'Idempotency-Key', reason: 'is required: send a unique key (1–50 letters, digits and hyphens, like a UUID) so the request can be repeated safely' };
  }
  if (Array.isArray(value) || !new RegExp(IDEMPOTENCY_KEY_PATTERN).test(value)) {
    return { name: 'Idempotency-Key', reason: 'must be 1–50 letters, digits and hyphens (like a UUID)' };
  }
  return null;
}
