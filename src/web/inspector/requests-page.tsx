// The inspector's list of recent API requests.
import type { LoggedRequest as ApiRequestRow } from '../../operations/inspector/list-recent-requests.js';
import { FilterForm, InspectorLayout, statusBadge, time } from './common.js';
import type { InspectorFilters } from './filters.js';

export function RequestsPage({ rows, filters }: { rows: ApiRequestRow[]; filters: InspectorFilters }) {
  return (
    <InspectorLayout title="API requests">
      <h1>API requests</h1>
      <FilterForm action="/inspector" msn={filters.msn} status={filters.statusText} problems={filters.problems} showStatus />
      {rows.length === 0 ? (
        <p class="notice info">No API requests match.</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th>Time (UTC)</th>
                <th>Request</th>
                <th>MSN</th>
                <th>Keys</th>
                <th>Status</th>
                <th>Latency</th>
                <th>Vipps-System-*</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr data-request-id={r.id}>
                  <td class="small">{time(Number(r.at))}</td>
                  <td>
                    <code>
                      {r.method} {r.path}
                    </code>
                  </td>
                  <td>{r.msn ?? ''}</td>
                  <td class="small">{r.key_kind ? `${r.key_kind} · ${r.owner ?? ''}` : ''}</td>
                  <td>
                    {statusBadge(r.status)}
                    {r.fault && <div class="small" data-fault>{`injected: ${r.fault}`}</div>}
                  </td>
                  <td class="small">{`${Number(r.latency_ms).toFixed(1)} ms`}</td>
                  <td class="small">
                    {[r.system_name, r.system_version].filter(Boolean).join(' ')}
                    {(r.plugin_name || r.plugin_version) && <br />}
                    {[r.plugin_name, r.plugin_version].filter(Boolean).join(' ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </InspectorLayout>
  );
}
