// Puts a signed agreement or a submitted product order in the back office's queue.
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../store/db.js';
import { addCaseEvent, insertCase } from '../../store/signup-cases-repo.js';
import type { CaseKind } from '../../domain/backoffice/case-state.js';

export async function openCase(o: { tx: Queryable; kind: CaseKind; subjectId: string; orgno: string; now: number; actor: string; event: string; text?: string }): Promise<string> {
  const id = randomUUID();
  await insertCase(o.tx, {
    id,
    kind: o.kind,
    subject_id: o.subjectId,
    orgno: o.orgno,
    state: 'QUEUED',
    submitted_at: o.now,
    queued_at: o.now,
    org_number_visible: 0,
    questions_asked: 0,
    internal_reason: null,
    decided_by: null,
    decided_at: null,
    updated_at: o.now,
  });
  await addCaseEvent(o.tx, { case_id: id, at: o.now, actor: o.actor, kind: o.event, text: o.text ?? null, visible_to_merchant: 1 });
  return id;
}
