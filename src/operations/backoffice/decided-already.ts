import { conflict } from '../../domain/errors.js';
import type { Queryable } from '../../store/db.js';
import { findCase } from '../../store/signup-cases-repo.js';

/** Why a case could not take a step: someone else decided it, or it waits for the merchant. */
export async function caseMoved(db: Queryable, id: string, step: string) {
  const now = await findCase(db, id);
  if (now && (now.state === 'APPROVED' || now.state === 'DECLINED')) {
    const when = now.decided_at ? ` on ${new Date(now.decided_at).toISOString().replace('T', ' ').slice(0, 16)} UTC` : '';
    return conflict(`This case was already ${now.state === 'APPROVED' ? 'approved' : 'declined'} by ${now.decided_by ?? 'someone'}${when}, so it cannot ${step}.`, 'Case already decided');
  }
  return conflict(`This case is ${now?.state ?? 'gone'} and cannot ${step}. Reload the page.`, 'Case in another state');
}
