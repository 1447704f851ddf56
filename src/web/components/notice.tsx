// A boxed message on a page: information, a warning, an error (announced at once to screen
// readers) or a success. Every page writes its notices with this, so they look and read alike.
export type NoticeKind = 'info' | 'warn' | 'error' | 'ok';

export interface NoticeProps {
  kind: NoticeKind;
  /** `data-testid`, for a notice a test or a script picks out by name. */
  testId?: string;
  children: preact.ComponentChildren;
}

export function Notice({ kind, testId, children }: NoticeProps) {
  return (
    <div class={`notice ${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid={testId}>
      {children}
    </div>
  );
}
