// API key sets: generated once when the world gives no credentials; given credentials that
// differ from the stored ones, or a new owner, make a new generation.
import { randomUUID } from 'node:crypto';
import { generateCredentials } from '../../domain/keys/generate-credentials.js';
import { sealCredentials } from '../../security/seal-credentials.js';
import type { Tx } from '../db.js';
import { merchantIdOf, partnerIdOf, type SeedContext } from './context.js';

export async function seedKeySets(c: SeedContext): Promise<void> {
  const { tx, box, world, now, counts } = c;
  for (const k of world.keySets ?? []) {
    const owner = await resolveOwner(tx, k.kind, k.owner, (name) => partnerIdOf(c, name), (orgno) => merchantIdOf(c, orgno));
    const existing = k.clientId
      ? await tx.selectFrom('key_sets').selectAll().where('client_id', '=', k.clientId).executeTakeFirst()
      : await tx
          .selectFrom('key_sets')
          .selectAll()
          .where('kind', '=', k.kind)
          .where((eb) =>
            owner.partner_id ? eb('partner_id', '=', owner.partner_id) : owner.msn ? eb('msn', '=', owner.msn) : eb('merchant_id', '=', owner.merchant_id!),
          )
          .executeTakeFirst();
    if (!existing) {
      const creds = { ...generateCredentials(), ...definedOnly(k) };
      await tx
        .insertInto('key_sets')
        .values({ id: randomUUID(), kind: k.kind, ...owner, ...sealCredentials(box, creds), generation: 1, created_at: now, updated_at: now })
        .execute();
      counts.inserted++;
      continue;
    }
    // Given credentials that differ from the stored ones replace them (a new generation).
    const differs =
      (k.clientSecret !== undefined && !box.matches(k.clientSecret, existing.client_secret_hash)) ||
      (k.subscriptionKey !== undefined && !box.matches(k.subscriptionKey, existing.sub_primary_hash)) ||
      (k.secondarySubscriptionKey !== undefined && !box.matches(k.secondarySubscriptionKey, existing.sub_secondary_hash));
    const ownerChanged = existing.kind !== k.kind || existing.partner_id !== owner.partner_id || existing.merchant_id !== owner.merchant_id || existing.msn !== owner.msn;
    if (differs || ownerChanged) {
      const current = {
        clientId: existing.client_id,
        clientSecret: box.decrypt(existing.client_secret_enc),
        subscriptionKey: box.decrypt(existing.sub_primary_enc),
        secondarySubscriptionKey: box.decrypt(existing.sub_secondary_enc),
      };
      await tx
        .updateTable('key_sets')
        .set({ kind: k.kind, ...owner, ...sealCredentials(box, { ...current, ...definedOnly(k) }), generation: existing.generation + 1, updated_at: now })
        .where('id', '=', existing.id)
        .execute();
      counts.updated++;
    }
  }
}

function definedOnly(k: { clientId?: string; clientSecret?: string; subscriptionKey?: string; secondarySubscriptionKey?: string }) {
  const out: Partial<Record<'clientId' | 'clientSecret' | 'subscriptionKey' | 'secondarySubscriptionKey', string>> = {};
  if (k.clientId !== undefined) out.clientId = k.clientId;
  if (k.clientSecret !== undefined) out.clientSecret = k.clientSecret;
  if (k.subscriptionKey !== undefined) out.subscriptionKey = k.subscriptionKey;
  if (k.secondarySubscriptionKey !== undefined) out.secondarySubscriptionKey = k.secondarySubscriptionKey;
  return out;
}

async function resolveOwner(
  tx: Tx,
  kind: string,
  owner: string,
  partnerId: (name: string) => Promise<string>,
  merchantId: (orgno: string) => Promise<string>,
): Promise<{ partner_id: string | null; merchant_id: string | null; msn: string | null }> {
  if (kind === 'merchant') {
    const unit = await tx.selectFrom('sales_units').select(['merchant_id']).where('msn', '=', owner).executeTakeFirstOrThrow();
    return { partner_id: null, merchant_id: unit.merchant_id, msn: owner };
  }
  if (kind === 'management' && /^\d{9}$/.test(owner)) return { partner_id: null, merchant_id: await merchantId(owner), msn: null };
  return { partner_id: await partnerId(owner), merchant_id: null, msn: null };
}
