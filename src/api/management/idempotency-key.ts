// The Idempotency-Key header as the Management API documents it: required, 1–50 letters,
// digits and hyphens.
import Type from 'typebox';
import type { FieldProblem } from '../../domain/errors.js';

export const IDEMPOTENCY_KEY_PATTERN = '^[a-zA-Z0-9-]{1,50}$';

export const IdempotencyKeyHeader = Type.String({
  pattern: IDEMPOTENCY_KEY_PATTERN,
  description: 'Makes the request safe to repeat: the same key with the same body returns the first result; 1–50 letters, digits and hyphens',
});

export function idempotencyKeyProblem(value: string | string[] | undefined): FieldProblem | null {
  if (value === undefined || value === '') {
    return { name: 'Idempotency-Key', reason: 'is required: send a unique key (1–50 letters, digits and hyphens, like a UUID) so the request can be repeated safely' };
  }
  if (Array.isArray(value) || !new RegExp(IDEMPOTENCY_KEY_PATTERN).test(value)) {
    return { name: 'Idempotency-Key', reason: 'must be 1–50 letters, digits and hyphens (like a UUID)' };
  }
  return null;
}
