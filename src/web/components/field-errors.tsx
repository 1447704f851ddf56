// A form's problems where the person looks for them: under each input (which points to its
// error with aria-describedby) and as a summary at the top linking to each field.
import type { FieldProblem } from '../../domain/errors.js';
import { Notice } from './notice.js';

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
    <Notice kind="error">
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
    </Notice>
  );
}
