// A boxed message on a page: information, a warning, an error (announced at once to screen
// readers) or a success.
export function Notice({ kind, children }: { kind: 'info' | 'warn' | 'error' | 'ok'; children: preact.ComponentChildren }) {
  return (
    <div class={`notice ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
