// The back office: its automatic processing settings and its operators.
import { randomUUID } from 'node:crypto';
import { hashPassword, verifyPassword } from '../../security/password.js';
import type { SeedContext } from './context.js';

export async function seedBackOffice(c: SeedContext): Promise<void> {
  const { tx, world, now, counts } = c;
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
}
