// The inspector's list of recent API requests, filtered, with charts of requests and errors
// per endpoint over time and API quality per unit.
import type { LoggedRequest, RequestCharts } from '../../operations/inspector/list-recent-requests.js';
import { InspectorLayout, statusBadge, time } from './common.js';
import { filterQuery, type InspectorFilters } from './filters.js';
import { Notice } from '../components/notice.js';

function RequestFilters({ filters, partners }: { filters: InspectorFilters; partners: string[] }) {
  return (
    <>
      <form method="get" action="/inspector" class="filters card">
        <label>
          Partner
          <select name="partner">
            <option value="">any</option>
            {partners.map((p) => (
              <option value={p} selected={p === filters.partner}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <label>
          MSN
          <input name="msn" value={filters.msn ?? ''} size={8} inputMode="numeric" />
        </label>
        <label>
          Endpoint
          <input name="endpoint" value={filters.endpoint ?? ''} placeholder="/epayment/v1/payments" />
        </label>
        <label>
          Status
          <input name="status" value={filters.statusText} size={6} placeholder="4xx" />
        </label>
        <label>
          From (UTC)
          <input type="datetime-local" name="from" value={filters.fromText} />
        </label>
        <label>
          To (UTC)
          <input type="datetime-local" name="to" value={filters.toText} />
        </label>
        <div class="filter-buttons">
          <button type="submit">Filter</button>
          <a href="/inspector">Clear</a>
        </div>
      </form>
      {filters.problems.map((p) => (
        <Notice kind="error">{p}</Notice>
      ))}
    </>
  );
}

function Charts({ charts }: { charts: RequestCharts }) {
  if (!charts.sampled && !charts.units.length) return null;
  const data = JSON.stringify({ series: charts.series, units: charts.units }).replace(/</g, '\\u003c');
  return (
    <section class="charts">
      <div class="card chart-card">
        <h2>Requests per endpoint</h2>
        <p class="muted small">The newest {charts.sampled} matching requests, per {Math.round(charts.series.bucketMs / 1000)} s.</p>
        <div class="chart-box">
          <canvas id="chart-requests" aria-label="Requests per endpoint over time" role="img" />
        </div>
      </div>
      <div class="card chart-card">
        <h2>Errors per endpoint</h2>
        <p class="muted small">Answers with status 400 or above.</p>
        <div class="chart-box">
          <canvas id="chart-errors" aria-label="Errors per endpoint over time" role="img" />
        </div>
      </div>
      <div class="card chart-card wide">
        <h2>API quality per sales unit</h2>
        <p class="muted small">Every logged request per MSN by how it ended; the share answered without error in brackets.</p>
        <div class="chart-box">
          <canvas id="chart-units" aria-label="API quality per sales unit" role="img" />
        </div>
      </div>
      <script type="application/json" id="inspector-chart-data" dangerouslySetInnerHTML={{ __html: data }} />
      <script src="/assets/vendor/chart.umd.min.js" />
      <script src="/assets/inspector-charts.js" />
    </section>
  );
}

export function RequestsPage({ rows, filters, charts }: { rows: LoggedRequest[]; filters: InspectorFilters; charts: RequestCharts }) {
  const q = filterQuery(filters);
  return (
    <InspectorLayout title="API requests">
      <h1>API requests</h1>
      <RequestFilters filters={filters} partners={charts.partners} />
      <Charts charts={charts} />
      {rows.length === 0 ? (
        <Notice kind="info">No API requests match.</Notice>
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
                <th class="hide-phone">Latency</th>
                <th class="hide-phone">Vipps-System-*</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr data-request-id={r.id}>
                  <td class="small">{time(r.at)}</td>
                  <td>
                    <a href={`/inspector/requests/${encodeURIComponent(r.id)}${q}`}>
                      <code>
                        {r.method} {r.path}
                      </code>
                    </a>
                  </td>
                  <td>{r.msn ?? ''}</td>
                  <td class="small">{r.keyKind ? `${r.keyKind} · ${r.owner ?? ''}` : ''}</td>
                  <td>
                    {statusBadge(r.status)}
                    {r.fault && <div class="small" data-fault>{`injected: ${r.fault}`}</div>}
                  </td>
                  <td class="small hide-phone">{`${r.latencyMs.toFixed(1)} ms`}</td>
                  <td class="small hide-phone">
                    {[r.systemName, r.systemVersion].filter(Boolean).join(' ')}
                    {(r.pluginName || r.pluginVersion) && <br />}
                    {[r.pluginName, r.pluginVersion].filter(Boolean).join(' ')}
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
