// Partners (an id kept across loads, drawn at random when the world gives none) and their
// price packages.
import { randomInt } from 'node:crypto';
import type { Tx } from '../db.js';
import { partnerIdOf, type SeedContext } from './context.js';

export async function seedPartners(c: SeedContext): Promise<void> {
  const { tx, world, now, upsert } = c;
  for (const p of world.partners ?? []) {
    const existing = await tx.selectFrom('partners').select('id').where('name', '=', p.name).executeTakeFirst();
    const id = existing?.id ?? p.partnerId ?? (await freePartnerId(tx));
    c.partnerIds.set(p.name, id);
    await upsert(
      'partners',
      'id',
      { id, name: p.name, type: p.type, level: p.level, contact_name: p.contact.name, contact_email: p.contact.email, created_at: now },
      ['name', 'type', 'level', 'contact_name', 'contact_email'],
    );
  }
  const partnerId = (name: string) => partnerIdOf(c, name);

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
}

async function freePartnerId(tx: Tx): Promise<string> {
  for (;;) {
    const id = String(randomInt(200000, 999999));
    const taken = await tx.selectFrom('partners').select('id').where('id', '=', id).executeTakeFirst();
    if (!taken) return id;
  }
}
