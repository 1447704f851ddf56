// What the payer's app shows once the payer has answered a request (an ePayment payment, an
// eCom order, a Recurring agreement): a confirmation of the answer, the way back to the
// merchant, and, as the real app does, the return to the merchant by itself a few seconds
// later. One component, so the three pages behave alike.
import type { ComponentChildren } from 'preact';
import { Notice } from '../components/notice.js';

/** How long the payer sees the confirmation before the app returns to the merchant. */
export const AUTO_RETURN_SECONDS = 3;

export interface AnswerConfirmationProps {
  /** 'approved' or 'rejected' when the payer's own answer led here; undefined for other ends (expired, cancelled). */
  answer?: 'approved' | 'rejected';
  /** The heading of the confirmation, like "Payment approved". */
  heading?: string;
  /** Where "Back to the merchant" leads. */
  backUrl?: string | null;
  children: ComponentChildren;
}

/**
 * The page refresh that takes the payer back to the merchant after a confirmation: only for
 * the payer's own answer and a web address (an app's own scheme needs the button).
 */
export function autoReturn(answer: AnswerConfirmationProps['answer'], backUrl: string | null | undefined): { seconds: number; url: string } | undefined {
  if (!answer || !backUrl || !/^https?:\/\//i.test(backUrl)) return undefined;
  return { seconds: AUTO_RETURN_SECONDS, url: backUrl };
}

export function AnswerConfirmation({ answer, heading, backUrl, children }: AnswerConfirmationProps) {
  return (
    <Notice kind={answer === 'approved' ? 'ok' : 'warn'} testId="state">
      {answer && heading && (
        <h2 data-testid="confirmation">
          <span aria-hidden="true">{answer === 'approved' ? '✓' : '✕'}</span> {heading}
        </h2>
      )}
      <p>{children}</p>
      {backUrl && (
        <p>
          <a class="button" href={backUrl}>
            Back to the merchant
          </a>
        </p>
      )}
    </Notice>
  );
}
