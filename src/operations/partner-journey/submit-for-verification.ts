// The partner submits a checklist for verification: the references it picks must be
// payments vpp recorded for it, the pilot customer a company in the registry.
import { randomUUID } from 'node:crypto';
import { conflict, invalid } from '../../domain/errors.js';
import { checklistOf } from '../../domain/checklists/registry.js';
import type { Db } from '../../store/db.js';
import { findOrganisation } from '../../store/registry-repo.js';
import { insertSubmission } from '../../store/integration-submissions-repo.js';
import { partnerOfPerson } from './partner-of-person.js';

export interface SubmitForVerificationOptions {
  db: Db;
  /** The person submitting, in the portal, for the partner company `orgno`. */
  nin: string;
  orgno: string;
  api: string;
  references: string[];
  pilotOrgno: string;
  description: string;
  now: number;
}

export async function submitForVerification(o: SubmitForVerificationOptions): Promise<string> {
  if (!checklistOf(o.api)) throw invalid(`There is no checklist for ${o.api}.`, [{ name: 'api', reason: 'unknown API' }]);
  const references = [...new Set(o.references.map((r) => r.trim()).filter(Boolean))];
  if (!references.length) throw invalid('Choose the order references (test payments) that show your integration.', [{ name: 'references', reason: 'choose at least one' }]);
  if (!o.description.trim()) throw invalid('Describe how the integration is set up, or link to a demo.', [{ name: 'description', reason: 'is required' }]);
  const { partner } = await partnerOfPerson(o.db, o.nin, o.orgno, 'DEVELOPER');
  const partnerId = partner.id;
  return o.db.transaction().execute(async (tx) => {
    const pilot = await findOrganisation(tx, o.pilotOrgno.trim());
    if (!pilot) throw invalid(`The pilot customer's organisation number ${o.pilotOrgno} is not in the business registry.`, [{ name: 'pilotOrgno', reason: 'not found in the business registry' }]);
    const known = await tx
      .selectFrom('checklist_references')
      .select('reference')
      .distinct()
      .where('partner_id', '=', partnerId)
      .where('api', '=', o.api)
      .where('reference', 'in', references)
      .execute();
    const unknown = references.filter((r) => !known.some((k) => k.reference === r));
    if (unknown.length) throw invalid(`vpp recorded no ${o.api} call of yours for ${unknown.join(', ')}.`, [{ name: 'references', reason: 'choose from your recorded orders' }]);
    const open = await tx.selectFrom('integration_submissions').select('id').where('partner_id', '=', partnerId).where('api', '=', o.api).where('status', '=', 'SUBMITTED').executeTakeFirst();
    if (open) throw conflict('This checklist is waiting for review already.', 'Submitted already');
    const id = randomUUID();
    await insertSubmission(tx, {
      id,
      partner_id: partnerId,
      api: o.api,
      references: JSON.stringify(references),
      pilot_orgno: pilot.orgno,
      pilot_name: pilot.name,
      description: o.description.trim().slice(0, 4000),
      status: 'SUBMITTED',
      operator_note: null,
      decided_by: null,
      decided_at: null,
      created_at: o.now,
    });
    return id;
  });
}
