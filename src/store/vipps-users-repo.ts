// Users of the simulated Vipps MobilePay app, by phone number or by subject id.
import type { BankAccount, CardOutcome, PayerBehaviour, UserAddress, VippsUser } from '../domain/payers/vipps-user.js';
import type { Queryable } from './db.js';
import type { VippsUserRow } from './tables/vipps-users.js';

function toUser(r: VippsUserRow): VippsUser {
  return {
    phone: r.phone,
    sub: r.sub,
    firstName: r.first_name,
    lastName: r.last_name,
    email: r.email,
    emailVerified: r.email_verified === 1,
    birthDate: r.birth_date,
    nin: r.nin,
    address: r.address ? (JSON.parse(r.address) as UserAddress) : null,
    bankAccounts: JSON.parse(r.bank_accounts) as BankAccount[],
    cardOutcome: r.card_outcome as CardOutcome,
    cardBalance: r.card_balance === null ? null : Number(r.card_balance),
    chargeProcessingMinutes: Number(r.charge_processing_minutes),
    behaviour: r.behaviour as PayerBehaviour,
  };
}

export function toVippsUserRow(u: VippsUser): VippsUserRow {
  return {
    phone: u.phone,
    sub: u.sub,
    first_name: u.firstName,
    last_name: u.lastName,
    email: u.email,
    email_verified: u.emailVerified ? 1 : 0,
    birth_date: u.birthDate,
    nin: u.nin,
    address: u.address ? JSON.stringify(u.address) : null,
    bank_accounts: JSON.stringify(u.bankAccounts),
    card_outcome: u.cardOutcome,
    card_balance: u.cardBalance,
    charge_processing_minutes: u.chargeProcessingMinutes,
    behaviour: u.behaviour,
  };
}

export async function findVippsUserByPhone(db: Queryable, phone: string): Promise<VippsUser | undefined> {
  const r = await db.selectFrom('vipps_users').selectAll().where('phone', '=', phone).executeTakeFirst();
  return r && toUser(r);
}

export async function findVippsUsersByPhones(db: Queryable, phones: string[]): Promise<Map<string, VippsUser>> {
  if (!phones.length) return new Map();
  const rows = await db.selectFrom('vipps_users').selectAll().where('phone', 'in', phones).execute();
  return new Map(rows.map((r) => [r.phone, toUser(r)]));
}

export async function findVippsUserBySub(db: Queryable, sub: string): Promise<VippsUser | undefined> {
  const r = await db.selectFrom('vipps_users').selectAll().where('sub', '=', sub).executeTakeFirst();
  return r && toUser(r);
}

export async function listVippsUsers(db: Queryable): Promise<VippsUser[]> {
  const rows = await db.selectFrom('vipps_users').selectAll().orderBy('last_name').orderBy('first_name').execute();
  return rows.map(toUser);
}

export async function setPayerBehaviour(db: Queryable, phone: string, behaviour: PayerBehaviour): Promise<boolean> {
  const r = await db.updateTable('vipps_users').set({ behaviour }).where('phone', '=', phone).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function setChargeProcessingMinutes(db: Queryable, phone: string, minutes: number): Promise<boolean> {
  const r = await db.updateTable('vipps_users').set({ charge_processing_minutes: minutes }).where('phone', '=', phone).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Takes money off a card with a limited balance; false when there is too little (compare-and-set). */
export async function debitCard(db: Queryable, phone: string, amount: number): Promise<boolean> {
  const r = await db
    .updateTable('vipps_users')
    .set((eb) => ({ card_balance: eb('card_balance', '-', amount) }))
    .where('phone', '=', phone)
    .where('card_balance', 'is not', null)
    .where('card_balance', '>=', amount)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
