// The business registry (people, organisations and their roles) and the payers of the app.
import { vippsUserFromWorld } from '../../domain/payers/vipps-user.js';
import { subjectOf } from '../../domain/payments/payer.js';
import { toVippsUserRow } from '../vipps-users-repo.js';
import type { SeedContext } from './context.js';

export async function seedRegistry(c: SeedContext): Promise<void> {
  const { tx, world, counts, upsert } = c;
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
}
