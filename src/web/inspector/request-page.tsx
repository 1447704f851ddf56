// One logged request: its headers and body, the answer's headers and body (secrets taken
// out when logged), and a button that replays it as the same key set.
import type { RequestDetail } from '../../operations/inspector/get-request-detail.js';
import { InspectorLayout, statusBadge, time } from './common.js';
import { Notice } from '../components/notice.js';

function Headers({ headers }: { headers: Record<string, string> }) {
  const names = Object.keys(headers);
  if (!names.length) return <p class="muted small">No headers.</p>;
  return (
    <div class="table-wrap">
      <table class="headers">
        <tbody>
          {names.map((n) => (
            <tr>
              <th>
                <code>{n}</code>
              </th>
              <td>
                <code>{headers[n]}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Body({ text }: { text: string | null }) {
  return text === null ? <p class="muted small">No body.</p> : <pre class="body">{text}</pre>;
}

export function RequestPage({ d, back, problem }: { d: RequestDetail; back: string; problem?: string }) {
  return (
    <InspectorLayout title={`${d.method} ${d.url}`}>
      <p>
        <a href={back}>← API requests</a>
      </p>
      <h1 class="request-title">
        <code>
          {d.method} {d.url}
        </code>{' '}
        {statusBadge(d.status)}
      </h1>
      <p class="muted small">
        Request id <code>{d.requestId}</code> · {time(d.at)} UTC
      </p>
      {problem && <Notice kind="error">{problem}</Notice>}
      {d.replayable ? (
        <form method="post" action={`/inspector/requests/${encodeURIComponent(d.requestId)}/replay`} class="actions">
          <button type="submit">Replay this request</button>
          <span class="muted small">Sends it again to vpp as the same key set, with a fresh access token.</span>
        </form>
      ) : (
        <Notice kind="info">This request cannot be replayed: its body was cut at 16 KiB or had secrets taken out.</Notice>
      )}
      <section class="card">
        <h2>Request</h2>
        <Headers headers={d.requestHeaders} />
        <Body text={d.requestBody} />
      </section>
      <section class="card">
        <h2>Response</h2>
        <Headers headers={d.responseHeaders} />
        <Body text={d.responseBody} />
      </section>
    </InspectorLayout>
  );
}
