// A checklist's verdicts as a table: every item with its state and the evidence vpp saw.
import type { ChecklistVerdict } from '../../domain/checklists/judge-checklist.js';

const STATE_LABEL = { met: 'Met', not_yet: 'Not yet', not_applicable: 'Not applicable' } as const;

export function ChecklistView({ checklist, attachForm }: { checklist: ChecklistVerdict; attachForm?: (itemKey: string) => preact.ComponentChildren }) {
  const met = checklist.items.filter((i) => i.state !== 'not_yet').length;
  return (
    <section class="checklist" data-api={checklist.api}>
      <h3>
        {checklist.title}{' '}
        <span class="badge" data-all-met={String(checklist.allMet)}>
          {met} of {checklist.items.length} met
        </span>
      </h3>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th>Item</th>
              <th>State</th>
              <th>Evidence</th>
            </tr>
          </thead>
          <tbody>
            {checklist.items.map((i) => (
              <tr data-item={i.key} data-state={i.state}>
                <td>
                  {i.title}
                  <div class="small muted">{i.how}</div>
                </td>
                <td class="nowrap">
                  <span class="badge">{STATE_LABEL[i.state]}</span>
                </td>
                <td>
                  {i.evidence}
                  {i.references.length > 0 && <div class="small mono">{i.references.join(', ')}</div>}
                  {i.link && (
                    <div class="small">
                      <a href={i.link}>{i.link}</a>
                    </div>
                  )}
                  {i.judgedFrom === 'attachment' && attachForm?.(i.key)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
