// Writes a validated world into the database in one transaction. Loading the same world
// again changes nothing: rows are matched on their natural keys and only written when a
// field differs; generated credentials are generated once.
import { randomInt, randomUUID } from 'node:crypto';
import { vippsUserFromWorld } from '../domain/payers/vipps-user.js';
import { subjectOf } from '../domain/payments/payer.js';
import { toVippsUserRow } from './vipps-users-repo.js';
import type { World } from '../domain/world/world-schema.js';
import { generateCredentials } from '../domain/keys/generate-credentials.js';
import { sealCredentials } from '../security/seal-credentials.js';
import { hashPassword, verifyPassword } from '../security/password.js';
import type { SecretBox } from '../security/secret-box.js';
import type { Db, Tx } from './db.js';
import { seedLoginClients } from './seed-login-clients.js';
import { seedSimulationControls } from './seed-simulation-controls.js';

export interface SeedResult { inserted: number; updated: number }

interface SeedOptions {
  db: Db;
  box: SecretBox;
  world: World;
  now: number;
  /** Runs first inside the seeding transaction; returning false seeds nothing. */
  first?: (tx: Tx) => Promise<boolean>;
}

const bool = (b: boolean | undefined, dflt: boolean) => ((b ?? dflt) ? 1 : 0);

export async function seedWorld({ db, box, world, now, first }: SeedOptions): Promise<SeedResult> {
  const counts: SeedResult = { inserted: 0, updated: 0 };
  await db.transaction().execute(async (tx) => {
    if (first && !(await first(tx))) return;
    // Insert the row, or update the compared fields that differ. Kysely cannot type a
    // table chosen at run time, hence the one untyped handle.
    const loose = tx as unknown as Db & { selectFrom(t: string): any; insertInto(t: string): any; updateTable(t: string): any };
    const upsert = async <T extends Record<string, unknown>>(table: string, keyCol: string, row: T, compare: (keyof T)[] = Object.keys(row)) => {
      const existing = await loose.selectFrom(table).selectAll().where(keyCol, '=', row[keyCol]).executeTakeFirst();
      if (!existing) {
        await loose.insertInto(table).values(row).execute();
        counts.inserted++;
        return;
      }
      const changed: Record<string, unknown> = {};
      for (const c of compare) if (existing[c] !== row[c]) changed[c as string] = row[c];
      if (Object.keys(changed).length) {
        await loose.updateTable(table).set(changed).where(keyCol, '=', row[keyCol]).execute();
        counts.updated++;
      }
    };

    for (const p of world.registry?.persons ?? []) {
      await upsert('persons', 'nin', { nin: p.nin, first_name: p.firstName, last_name: p.lastName, phone: p.phone, email: p.email });
    }
    for (const u of world.vippsUsers ?? []) {
      await upsert('vipps_users', 'phone', { ...toVippsUserRow(vippsUserFromWorld(u, subjectOf)) });
    }
    for (const o of world.registry?.organisations ?? []) {
      await upsert('registry_organisations', 'orgno', {
        orgno: o.orgno,
        name: o.name,
        organisation_form: o.form ?? 'AS',
        business_address: JSON.stringify({ countryCode: 'NO', ...o.businessAddress }),
        postal_address: o.postalAddress ? JSON.stringify({ countryCode: 'NO', ...o.postalAddress }) : null,
        industry: o.industry ?? null,
      });
      const wanted = [
        ...(o.roles.ceo ? [{ nin: o.roles.ceo, role: 'CEO' }] : []),
        ...(o.roles.chair ? [{ nin: o.roles.chair, role: 'CHAIR' }] : []),
        ...(o.roles.boardMembers ?? []).map((nin) => ({ nin, role: 'BOARD_MEMBER' })),
      ];
      const current = await tx.selectFrom('registry_roles').selectAll().where('orgno', '=', o.orgno).execute();
      const key = (r: { nin: string; role: string }) => `${r.nin}|${r.role}`;
      const wantedKeys = new Set(wanted.map(key));
      const currentKeys = new Set(current.map(key));
      for (const r of current) {
        if (!wantedKeys.has(key(r))) {
          await tx.deleteFrom('registry_roles').where('orgno', '=', o.orgno).where('nin', '=', r.nin).where('role', '=', r.role).execute();
          counts.updated++;
        }
      }
      for (const r of wanted) {
        if (!currentKeys.has(key(r))) {
          await tx.insertInto('registry_roles').values({ orgno: o.orgno, ...r }).execute();
          counts.inserted++;
        }
      }
    }

    const partnerIds = new Map<string, string>();
    for (const p of world.partners ?? []) {
      const existing = await tx.selectFrom('partners').select('id').where('name', '=', p.name).executeTakeFirst();
      const id = existing?.id ?? p.partnerId ?? (await freePartnerId(tx));
      partnerIds.set(p.name, id);
      await upsert(
        'partners',
        'id',
        { id, name: p.name, type: p.type, level: p.level, contact_name: p.contact.name, contact_email: p.contact.email, created_at: now },
        ['name', 'type', 'level', 'contact_name', 'contact_email'],
      );
    }
    const partnerId = async (name: string) =>
      partnerIds.get(name) ?? (await tx.selectFrom('partners').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;

    for (const pp of world.pricePackages ?? []) {
      await upsert('price_packages', 'id', {
        id: pp.id,
        partner_id: await partnerId(pp.partner),
        name: pp.name,
        description: pp.description,
        product_type: pp.productType,
        visible_in_signup: pp.visibleInSignupForm ? 1 : 0,
      });
    }

    const registryName = new Map((world.registry?.organisations ?? []).map((o) => [o.orgno, o.name]));
    for (const m of world.merchants ?? []) {
      const existing = await tx.selectFrom('merchants').select('id').where('orgno', '=', m.orgno).executeTakeFirst();
      const name = m.name ?? registryName.get(m.orgno) ?? m.orgno;
      await upsert(
        'merchants',
        'orgno',
        { id: existing?.id ?? randomUUID(), orgno: m.orgno, name, status: m.status ?? 'ACTIVE', contact_email: m.contactEmail ?? null, created_at: now, updated_at: now },
        ['name', 'status', 'contact_email'],
      );
    }
    const merchantId = async (orgno: string) =>
      (await tx.selectFrom('merchants').select('id').where('orgno', '=', orgno).executeTakeFirstOrThrow()).id;

    for (const u of world.salesUnits ?? []) {
      const cfg = u.configuration ?? {};
      await upsert(
        'sales_units',
        'msn',
        {
          msn: u.msn,
          merchant_id: await merchantId(u.merchant),
          name: u.name,
          status: u.status ?? 'ACTIVE',
          partner_id: u.partner ? await partnerId(u.partner) : null,
          capture_type: cfg.captureType ?? 'ReserveCapture',
          skip_landing_page: bool(cfg.skipLandingPage, false),
          long_living_allowed: bool(cfg.longLivingPaymentsAllowed, false),
          recurring_allowed: bool(cfg.recurringAllowed, false),
          payment_allowed: bool(cfg.paymentAllowed, true),
          settlement_account: u.settlementAccount ?? null,
          price_package_id: u.pricePackage ?? null,
          product_type: u.productType ?? null,
          logo: null,
          website_url: u.websiteUrl ?? null,
          created_at: now,
          updated_at: now,
        },
        ['merchant_id', 'name', 'status', 'partner_id', 'capture_type', 'skip_landing_page', 'long_living_allowed', 'recurring_allowed', 'payment_allowed', 'settlement_account', 'price_package_id', 'product_type', 'website_url'],
      );
    }

    counts.inserted += await seedLoginClients({ tx, box, units: world.salesUnits ?? [], now });

    for (const k of world.keySets ?? []) {
      const owner = await resolveOwner(tx, k.kind, k.owner, partnerId, merchantId);
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

    if (world.backOffice) {
      // Automatic processing reads this on every node (operations/backoffice/automatic-settings.ts).
      const value = JSON.stringify(world.backOffice);
      const existing = await tx.selectFrom('settings').select('value').where('key', '=', 'backoffice_automatic').executeTakeFirst();
      if (existing?.value !== value) {
        await tx
          .insertInto('settings')
          .values({ key: 'backoffice_automatic', value, updated_at: now })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
          .execute();
        counts[existing ? 'updated' : 'inserted']++;
      }
    }

    if (world.simulation) counts.updated += await seedSimulationControls(tx, world.simulation, now);

    for (const o of world.operators ?? []) {
      const existing = await tx.selectFrom('operators').selectAll().where('username', '=', o.username).executeTakeFirst();
      if (!existing) {
        await tx.insertInto('operators').values({ id: randomUUID(), username: o.username, name: o.name, email: o.email, password_hash: hashPassword(o.password) }).execute();
        counts.inserted++;
      } else if (existing.name !== o.name || existing.email !== o.email || !verifyPassword(o.password, existing.password_hash)) {
        await tx.updateTable('operators').set({ name: o.name, email: o.email, password_hash: hashPassword(o.password) }).where('id', '=', existing.id).execute();
        counts.updated++;
      }
    }
  });
  return counts;
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

async function freePartnerId(tx: Tx): Promise<string> {
  for (;;) {
    const id = String(randomInt(200000, 999999));
    const taken = await tx.selectFrom('partners').select('id').where('id', '=', id).executeTakeFirst();
    if (!taken) return id;
  }
}
