// The partner links evidence for a checklist item traffic cannot show (documentation, a
// demo, screenshots).
import { checklistOf } from '../../domain/checklists/registry.js';
import { invalid } from '../../domain/errors.js';
import type { Db } from '../../store/db.js';
import { attachChecklistEvidence as store } from '../../store/checklist-aggregates-repo.js';
import { partnerOfPerson } from './partner-of-person.js';

export interface AttachChecklistEvidenceOptions {
  db: Db;
  nin: string;
  orgno: string;
  api: string;
  item: string;
  link: string;
  note: string;
  now: number;
}

export async function attachChecklistEvidence(o: AttachChecklistEvidenceOptions): Promise<void> {
  const { partner } = await partnerOfPerson(o.db, o.nin, o.orgno, 'DEVELOPER');
  const item = checklistOf(o.api)?.items.find((i) => i.key === o.item);
  if (!item || item.judge) throw invalid(`${o.api} has no item ${o.item} to attach evidence to.`, [{ name: 'item', reason: 'not an item judged from attachments' }]);
  if (!/^https?:\/\/\S+$/.test(o.link.trim()) || o.link.length > 2000) throw invalid('Link to the evidence with an http(s) URL.', [{ name: 'link', reason: 'must be an http or https URL' }]);
  await store(o.db, { partner_id: partner.id, api: o.api, item: o.item, link: o.link.trim(), note: o.note.trim().slice(0, 500) || null, at: o.now });
}
