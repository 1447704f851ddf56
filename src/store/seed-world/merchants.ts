// Merchants and their sales units.
import { randomUUID } from 'node:crypto';
import { merchantIdOf, partnerIdOf, type SeedContext } from './context.js';

const bool = (b: boolean | undefined, dflt: boolean) => ((b ?? dflt) ? 1 : 0);

export async function seedMerchants(c: SeedContext): Promise<void> {
  const { tx, world, now, upsert } = c;
  const partnerId = (name: string) => partnerIdOf(c, name);
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
  const merchantId = (orgno: string) => merchantIdOf(c, orgno);

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
}
