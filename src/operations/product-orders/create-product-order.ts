// Creates a pre-filled product order for a merchant. The Management API validates it fully
// and refuses it with every problem listed; the legacy Partner API validates lightly and
// stores an order that fails the full rules as invalid, so the portal can warn the merchant.
import { randomUUID } from 'node:crypto';
import { can, refusalReason, type Actor } from '../../domain/access/actor.js';
import { forbidden, invalid, type FieldProblem } from '../../domain/errors.js';
import { checkPrefill, NORWEGIAN_ORG_SCHEME } from '../../domain/product-orders/check-prefill.js';
import { EMPTY_PREFILL, lockedFields, prefillColumns } from '../../domain/product-orders/normalize-prefill.js';
import { prefillUrl } from '../../domain/product-orders/prefill-url.js';
import type { Db, Tx } from '../../store/db.js';
import { findMerchantById } from '../../store/merchants-repo.js';
import { listPricePackages } from '../../store/price-packages-repo.js';
import { insertProductOrder } from '../../store/product-orders-repo.js';
import { findOrganisation } from '../../store/registry-repo.js';
import { runIdempotent } from '../run-idempotent.js';
import { sealPrefillSecrets } from '../../security/seal-prefill-secrets.js';
import type { SecretBox } from '../../security/secret-box.js';

export interface CreateProductOrderOptions {
  db: Db;
  /** Seals the website password before it is stored. */
  box: SecretBox;
  actor: Actor;
  /** The pre-fill in the Management API's shape (the legacy API's is mapped to it). */
  input: unknown;
  /** The request as sent, for the record and the idempotency fingerprint. */
  sent: unknown;
  shapeProblems: FieldProblem[];
  source: 'management' | 'partner-api';
  /** strict: refuse with every problem; lenient: store an invalid order instead. */
  validation: 'strict' | 'lenient';
  /** How a field path reads in the caller's API (the legacy API names some fields differently). */
  fieldName?: (path: string) => string;
  idempotencyKey: string | undefined;
  request: { method: string; path: string };
  publicUrl: string;
  now: number;
}

export interface CreatedProductOrder { prefilledOrderId: string; url: string }

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export async function createProductOrder(o: CreateProductOrderOptions) {
  const { actor } = o;
  if (!can(actor, 'manage')) throw forbidden(refusalReason(actor.kind, 'manage'));
  return runIdempotent<CreatedProductOrder>({
    db: o.db,
    scope: `product-orders:${actor.keySetId}`,
    key: o.idempotencyKey,
    request: { ...o.request, body: o.sent },
    now: o.now,
    execute: async (tx) => {
      const input = isRecord(o.input) ? o.input : {};
      const bid = isRecord(input.businessIdentifier) ? input.businessIdentifier : {};
      const orgno = typeof bid.id === 'string' ? bid.id : '';
      await assertMayOrderFor(tx, actor, orgno);
      const org = /^\d{9}$/.test(orgno) ? await findOrganisation(tx, orgno) : undefined;
      const packages = actor.partnerId
        ? (await listPricePackages(tx, actor.partnerId)).map((p) => ({ id: p.id, productType: p.product_type, name: p.name }))
        : null;
      const rename = o.fieldName ?? ((p: string) => p);
      const problems = checkPrefill({ input: o.input, shapeProblems: o.shapeProblems, orgKnown: org ? true : /^\d{9}$/.test(orgno) ? false : undefined, pricePackages: packages }).map(
        (p) => ({ name: rename(p.name), reason: p.reason }),
      );
      if (problems.length && o.validation === 'strict') {
        const list = problems.map((p) => `${p.name} ${p.reason}`).join('; ');
        throw invalid(`The product order has ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${list}. Nothing was stored.`, problems);
      }
      const id = randomUUID();
      const productType = String(input.productType);
      await insertProductOrder(tx, {
        id,
        source: o.source,
        status: 'CREATED',
        scheme: typeof bid.scheme === 'string' ? bid.scheme : NORWEGIAN_ORG_SCHEME,
        orgno,
        product_type: productType,
        partner_id: actor.partnerId,
        owner_merchant_id: actor.partnerId ? null : actor.merchantId,
        key_set_id: actor.keySetId,
        created_by: actor.owner,
        prefill: JSON.stringify(sealPrefillSecrets(o.box, o.sent ?? null)),
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
      return { status: o.source === 'management' ? 201 : 200, body: { prefilledOrderId: id, url: prefillUrl({ publicUrl: o.publicUrl, productType, id }) } };
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
