// The merchant agreement form: contact person, the beneficial owners ("reelle
// rettighetshavere") and politically exposed persons. Reads the posted form and lists every
// problem at once, each under the name of its input.
import type { FieldProblem } from '../errors.js';
import { checkEmail, checkMsisdn, checkNin } from '../identifiers.js';

export const OWNER_ROLES = {
  DIRECT_OWNER: 'Owns shares directly',
  INDIRECT_OWNER: 'Owns shares through other companies',
  OTHER_CONTROL: 'Controls the company by other means',
} as const;
export type OwnerRole = keyof typeof OWNER_ROLES;

export interface BeneficialOwner {
  name: string;
  /** National identity number, or null for a person without one (then birthDate). */
  nin: string | null;
  /** YYYY-MM-DD */
  birthDate: string | null;
  /** Share of ownership or control in percent. */
  share: number;
  role: OwnerRole;
}

export interface AgreementAnswers {
  contact: { name: string; email: string; phone: string };
  owners: BeneficialOwner[];
  /** Declared: no person owns or controls more than 25 %. */
  noOwnersOver25: boolean;
  pep: boolean;
  pepDetails: string;
}

/** How many owner rows the form shows at least. */
export const MIN_OWNER_ROWS = 3;

type Body = Record<string, unknown>;
const text = (b: Body, k: string) => (typeof b[k] === 'string' ? (b[k] as string).trim() : '');

/** Owner rows present in the post (their indexes), in order. */
export function ownerRowCount(body: Body): number {
  let max = -1;
  for (const k of Object.keys(body)) {
    const m = /^owners\.(\d{1,2})\./.exec(k);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

function isDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
}

export function readAgreementForm(body: Body, today: Date): { answers: AgreementAnswers; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const add = (name: string, reason: string | null) => {
    if (reason) problems.push({ name, reason });
  };
  const contact = { name: text(body, 'contact.name'), email: text(body, 'contact.email').toLowerCase(), phone: text(body, 'contact.phone').replace(/[\s+]/g, '') };
  if (!contact.name) add('contact.name', 'is required: who Vipps MobilePay contacts about the agreement');
  add('contact.email', contact.email ? checkEmail(contact.email) : 'is required: questions and decisions are sent there');
  if (contact.phone) add('contact.phone', checkMsisdn(contact.phone));

  const owners: BeneficialOwner[] = [];
  for (let i = 0; i < ownerRowCount(body); i++) {
    const at = `owners.${i}`;
    const row = { name: text(body, `${at}.name`), nin: text(body, `${at}.nin`).replace(/\s/g, ''), birthDate: text(body, `${at}.birthDate`), share: text(body, `${at}.share`), role: text(body, `${at}.role`) };
    // An untouched row (the role select always posts a value) is not an owner.
    if (!row.name && !row.nin && !row.birthDate && !row.share) continue;
    if (!row.name) add(`${at}.name`, 'is required for each owner');
    if (row.nin) add(`${at}.nin`, checkNin(row.nin));
    else if (!row.birthDate) add(`${at}.nin`, 'is required: give the national identity number, or the birth date for a person without one');
    if (row.birthDate && !row.nin) {
      if (!isDate(row.birthDate)) add(`${at}.birthDate`, 'must be a date (YYYY-MM-DD)');
      else if (row.birthDate > today.toISOString().slice(0, 10)) add(`${at}.birthDate`, 'cannot be in the future');
    }
    const share = Number(row.share.replace(',', '.').replace(/\s*%$/, ''));
    if (!row.share) add(`${at}.share`, 'is required: the share of ownership or control in percent');
    else if (!/^\d{1,3}([.,]\d{1,2})?\s*%?$/.test(row.share) || share <= 0 || share > 100) add(`${at}.share`, 'must be a percentage above 0 and at most 100, like 60 or 33.33');
    if (!(row.role in OWNER_ROLES)) add(`${at}.role`, `must be one of: ${Object.values(OWNER_ROLES).join('; ')}`);
    owners.push({ name: row.name, nin: row.nin || null, birthDate: row.nin ? null : row.birthDate || null, share: Number.isFinite(share) ? share : 0, role: row.role as OwnerRole });
  }
  const noOwnersOver25 = text(body, 'noOwnersOver25') === 'yes';
  if (!owners.length && !noOwnersOver25) {
    add('owners', 'list every person who owns or controls more than 25 % of the company, or confirm that nobody does');
  }
  if (owners.length && noOwnersOver25) add('noOwnersOver25', 'cannot be confirmed while owners are listed: remove the owners or untick this');
  const total = owners.reduce((s, o) => s + Math.round(o.share * 100), 0);
  if (total > 10000) add('owners', `the shares add up to ${total / 100} %; together they can be at most 100 %`);

  const pepAnswer = text(body, 'pep');
  if (pepAnswer !== 'yes' && pepAnswer !== 'no') add('pep', 'is required: answer yes or no');
  const pepDetails = text(body, 'pepDetails');
  if (pepAnswer === 'yes' && !pepDetails) add('pepDetails', 'is required when someone is a politically exposed person: give the name, the position and the relation to the company');
  return { answers: { contact, owners, noOwnersOver25, pep: pepAnswer === 'yes', pepDetails: pepAnswer === 'yes' ? pepDetails : '' }, problems };
}
