// Creates a pre-filled product order for a merchant. The Management API validates it fully
// and refuses it with every problem listed; the legacy Partner API validates lightly and
// stores an order that fails the full rules as invalid, so the portal can warn the merchant.
import { randomUUID } from 'node:crypto';
import { can, refusalReason, type Actor } from '../../domain/access/actor.js';
import { forbidden, invalid, type FieldProblem } from '../../domain/errors.js';
import { checkPrefill, NORWEGIAN_ORG_SCHEME } from '../../domain/product-orders/check-prefill.js';
import { fromLegacyPrefill, legacyFieldName } from '../../domain/product-orders/legacy-prefill.js';
import { EMPTY_PREFILL, lockedFields, prefillColumns } from '../../domain/product-orders/normalize-prefill.js';
import { idempotencyKeyProblem } from '../../domain/product-orders/order-idempotency-key.js';
import { ProductOrderRequest } from '../../domain/product-orders/prefill-schema.js';
import { prefillUrl } from '../../domain/product-orders/prefill-url.js';
import { schemaProblems } from '../../domain/schema-problems.js';
import type { Db, Tx } from '../../store/db.js';
import { findMerchantById } from '../../store/merchants-repo.js';
import { listPricePackages } from '../../store/price-packages-repo.js';
import { insertProductOrder } from '../../store/product-orders-repo.js';
import { findOrganisation } from '../../store/registry-repo.js';
import { runIdempotent } from '../run-idempotent.js';
import { sealPrefillSecrets } from '../../security/seal-prefill-secrets.js';
import type { SecretBox } from '../../security/secret-box.js';

/**
 * Whose rules: `management` refuses an order with every problem listed (and requires a
 * valid Idempotency-Key); `partner-api` (legacy) maps its own shape to the Management API's,
 * stores a faulty order as invalid, and names problems with its own field names.
 */
export type ProductOrderMode = 'management' | 'partner-api';

export interface CreateProductOrderOptions {
  db: Db;
  /** Seals the website password before it is stored. */
  box: SecretBox;
  actor: Actor;
  /** The order as the caller's API sent it (kept as sent, for the record and the idempotency fingerprint). */
  prefill: unknown;
  mode: ProductOrderMode;
  /** The Idempotency-Key header as sent. */
  idempotencyKey: string | string[] | undefined;
  publicUrl: string;
  now: number;
}

export interface CreatedProductOrder { prefilledOrderId: string; url: string }

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The order in the Management API's shape, its idempotency key, and the problems found before the rules that read the store. */
function readRequest(o: CreateProductOrderOptions): { input: unknown; key: string | undefined; problems: FieldProblem[]; rename: (path: string) => string } {
  if (o.mode === 'partner-api') {
    const input = fromLegacyPrefill(isRecord(o.prefill) ? o.prefill : {});
    const key = typeof o.idempotencyKey === 'string' ? o.idempotencyKey : undefined;
    return { input, key, problems: schemaProblems(ProductOrderRequest, input), rename: legacyFieldName };
  }
  const keyProblem = idempotencyKeyProblem(o.idempotencyKey);
  const shape = schemaProblems(ProductOrderRequest, o.prefill);
  const key = keyProblem || typeof o.idempotencyKey !== 'string' ? undefined : o.idempotencyKey;
  return { input: o.prefill, key, problems: keyProblem ? [keyProblem, ...shape] : shape, rename: (p) => p };
}

export async function createProductOrder(o: CreateProductOrderOptions) {
  const { actor } = o;
  if (!can(actor, 'manage')) throw forbidden(refusalReason(actor.kind, 'manage'));
  const request = readRequest(o);
  return runIdempotent<CreatedProductOrder>({
    db: o.db,
    scope: `product-orders:${actor.keySetId}`,
    key: request.key,
    // The same key on the other API's endpoint is another request.
    request: { method: 'POST', path: `product-orders/${o.mode}`, body: o.prefill },
    now: o.now,
    execute: async (tx) => {
      const input = isRecord(request.input) ? request.input : {};
      const bid = isRecord(input.businessIdentifier) ? input.businessIdentifier : {};
      const orgno = typeof bid.id === 'string' ? bid.id : '';
      await assertMayOrderFor(tx, actor, orgno);
      const org = /^\d{9}$/.test(orgno) ? await findOrganisation(tx, orgno) : undefined;
      const packages = actor.partnerId
        ? (await listPricePackages(tx, actor.partnerId)).map((p) => ({ id: p.id, productType: p.product_type, name: p.name }))
        : null;
      const { rename } = request;
      const problems = checkPrefill({ input: request.input, shapeProblems: request.problems, orgKnown: org ? true : /^\d{9}$/.test(orgno) ? false : undefined, pricePackages: packages }).map(
        (p) => ({ name: rename(p.name), reason: p.reason }),
      );
      if (problems.length && o.mode === 'management') {
        const list = problems.map((p) => `${p.name} ${p.reason}`).join('; ');
        throw invalid(`The product order has ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${list}. Nothing was stored.`, problems);
      }
      const id = randomUUID();
      const productType = String(input.productType);
      await insertProductOrder(tx, {
        id,
        source: o.mode,
        status: 'CREATED',
        scheme: typeof bid.scheme === 'string' ? bid.scheme : NORWEGIAN_ORG_SCHEME,
        orgno,
        product_type: productType,
        partner_id: actor.partnerId,
        owner_merchant_id: actor.partnerId ? null : actor.merchantId,
        key_set_id: actor.keySetId,
        created_by: actor.owner,
        prefill: JSON.stringify(sealPrefillSecrets(o.box, o.prefill ?? null)),
        locked_fields: JSON.stringify(lockedFields(input)),
        invalid: problems.length ? 1 : 0,
        invalid_reasons: problems.length ? JSON.stringify(problems) : null,
        ...(problems.length ? EMPTY_PREFILL : prefillColumns(sealPrefillSecrets(o.box, input))),
        msn: null,
        status_reason: null,
        created_at: o.now,
        opened_at: null,
        submitted_at: null,
        processing_at: null,
        awaiting_customer_at: null,
        approved_at: null,
        stopped_at: null,
        deleted_at: null,
        updated_at: o.now,
      });
      return { status: 201, body: { prefilledOrderId: id, url: prefillUrl({ publicUrl: o.publicUrl, productType, id }) } };
    },
  });
}

/** A partner pre-fills for any organisation; a merchant's own keys only for that merchant. */
async function assertMayOrderFor(tx: Tx, actor: Actor, orgno: string): Promise<void> {
  if (actor.partnerId) return;
  const own = actor.merchantId ? await findMerchantById(tx, actor.merchantId) : undefined;
  if (own && orgno && own.orgno !== orgno) {
    throw forbidden(`These keys belong to the merchant ${own.orgno}; a merchant may only pre-fill product orders for itself. A partner pre-fills for its merchants with partner keys or management keys.`);
  }
}
