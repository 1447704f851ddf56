// Pieces the signup pages share: field errors next to their inputs, the status of an
// order or agreement in words, and the conversation with the back office.
import type { FieldProblem } from '../../../domain/errors.js';

export function problemOf(problems: readonly FieldProblem[], name: string): string | undefined {
  return problems.find((p) => p.name === name)?.reason;
}

/** The error under an input; the input points to it with aria-describedby. */
export function FieldError({ problems, name }: { problems: readonly FieldProblem[]; name: string }) {
  const reason = problemOf(problems, name);
  return reason ? (
    <span class="error-text" id={`err-${name}`}>
      {reason}
    </span>
  ) : null;
}

export const describedBy = (problems: readonly FieldProblem[], name: string) => (problemOf(problems, name) ? `err-${name}` : undefined);

export function ErrorSummary({ problems, title, labels }: { problems: readonly FieldProblem[]; title: string; labels?: Record<string, string> }) {
  if (!problems.length) return null;
  return (
    <div class="notice error" role="alert">
      <p>
        <strong>{title}</strong>
      </p>
      <ul>
        {problems.map((p) => (
          <li>
            <a href={`#f-${p.name}`}>{labels?.[p.name] ?? p.name}</a> {p.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Notice({ kind, children }: { kind: 'info' | 'warn' | 'error' | 'ok'; children: preact.ComponentChildren }) {
  return (
    <div class={`notice ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

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

export const when = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';

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
            {e.kind === 'question' ? 'Question' : 'Answer'} from {e.actor}, {when(e.at)}
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
