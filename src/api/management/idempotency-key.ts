// The Idempotency-Key header as the Management API documents it (the rule itself is in
// domain/product-orders/order-idempotency-key.ts).
import Type from 'typebox';
import { IDEMPOTENCY_KEY_PATTERN } from '../../domain/product-orders/order-idempotency-key.js';

export const IdempotencyKeyHeader = Type.String({
  pattern: IDEMPOTENCY_KEY_PATTERN,
  description: 'Makes the request safe to repeat: the same key with the same body returns the first result; 1–50 letters, digits and hyphens',
});
