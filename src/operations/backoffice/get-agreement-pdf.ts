// A signed merchant agreement as its PDF, for the back office.
import { notFound } from '../../domain/errors.js';
import type { Db } from '../../store/db.js';
import { findAgreement } from '../../store/merchant-agreements-repo.js';

export async function getAgreementPdf(o: { db: Db; id: string }): Promise<{ orgno: string; pdf: Buffer }> {
  const a = /^[0-9a-f-]{36}$/i.test(o.id) ? await findAgreement(o.db, o.id.toLowerCase()) : undefined;
  if (!a) throw notFound('There is no such merchant agreement.');
  return { orgno: a.orgno, pdf: Buffer.from(a.pdf) };
}
