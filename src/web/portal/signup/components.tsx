// Pieces the signup pages share: the status of an order or agreement in words, and the
// conversation with the back office.
import type { FieldProblem } from '../../../domain/errors.js';
import { describedBy, FieldError } from '../../components/field-errors.js';
import { formatTime } from '../../form-values.js';

export const ORDER_STATUS_TEXT: Record<string, [string, 'ok' | 'warn' | 'bad' | '']> = {
  CREATED: ['Waiting for you', 'warn'],
  OPENED: ['Opened, not sent yet', 'warn'],
  SUBMITTED: ['Sent, waiting for processing', ''],
  PROCESSING: ['Being processed', ''],
  'AWAITING-CUSTOMER': ['Needs your answer', 'warn'],
  APPROVED: ['Approved', 'ok'],
  STOPPED: ['Not approved', 'bad'],
};

export const AGREEMENT_STATUS_TEXT: Record<string, [string, 'ok' | 'warn' | 'bad' | '']> = {
  PROCESSING: ['Signed, being processed', ''],
  ACTIVE: ['Active', 'ok'],
  DECLINED: ['Not approved', 'bad'],
};

export function StatusBadge({ status, of }: { status: string; of: 'order' | 'agreement' }) {
  const [text, tone] = (of === 'order' ? ORDER_STATUS_TEXT : AGREEMENT_STATUS_TEXT)[status] ?? [status, ''];
  return <span class={`badge ${tone}`}>{text}</span>;
}

export interface ConversationEvent { at: number; actor: string; kind: string; text: string | null }

/** Questions from the back office and the merchant's answers, with the answer form while one is open. */
export function Conversation({ caseId, events, open, csrf, canAnswer, problems }: { caseId: string; events: ConversationEvent[]; open: boolean; csrf: string; canAnswer: boolean; problems: readonly FieldProblem[] }) {
  const talk = events.filter((e) => e.kind === 'question' || e.kind === 'answer');
  if (!talk.length) return null;
  return (
    <section class="card" aria-labelledby="conversation">
      <h2 id="conversation" style="margin-top: 0">
        Questions from Vipps MobilePay
      </h2>
      {talk.map((e) => (
        <div class={`notice ${e.kind === 'question' ? 'info' : 'ok'}`}>
          <p class="small muted" style="margin: 0">
            {e.kind === 'question' ? 'Question' : 'Answer'} from {e.actor}, {formatTime(e.at)}
          </p>
          <p style="margin: .25rem 0 0; white-space: pre-wrap">{e.text}</p>
        </div>
      ))}
      {open &&
        (canAnswer ? (
          <form method="post" action={`/portal/cases/${caseId}/answer`} class="stack">
            <input type="hidden" name="_csrf" value={csrf} />
            <label id="f-answer">
              Your answer
              <textarea name="answer" rows={4} required aria-describedby={describedBy(problems, 'answer')} />
              <FieldError problems={problems} name="answer" />
            </label>
            <div class="actions">
              <button type="submit">Send answer</button>
            </div>
          </form>
        ) : (
          <p class="muted">An admin of the company answers here.</p>
        ))}
    </section>
  );
}
