// /docs renders our OpenAPI document as a page, server-side and without any CDN;
// /docs/problems explains each Problem JSON type the APIs answer with.
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../runtime.js';
import { html, Layout } from '../render.js';
import { PROBLEM_TYPES } from './problem-types.js';
import { schemaRows, type SchemaRow } from './schema-rows.js';

type Operation = {
  summary?: string;
  description?: string;
  deprecated?: boolean;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: unknown }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
};
type OpenApi = { info: { title: string; description?: string }; paths: Record<string, Record<string, Operation>> };

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const anchor = (method: string, path: string) => `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, '-');

function Fields({ rows }: { rows: SchemaRow[] }) {
  if (!rows.length) return null;
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th>Field</th>
            <th>Type</th>
            <th>Rules</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <td>
                <code>{r.path}</code>
                {r.required ? <span class="badge">required</span> : null}
              </td>
              <td>
                <code>{r.type}</code>
              </td>
              <td class="small">
                {r.rules}
                {r.rules && r.description ? <br /> : null}
                <span class="muted">{r.description}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function OperationCard({ method, path, op }: { method: string; path: string; op: Operation }) {
  const body = Object.values(op.requestBody?.content ?? {})[0]?.schema;
  return (
    <section class="card" id={anchor(method, path)}>
      <h3>
        <code>
          {method.toUpperCase()} {path}
        </code>{' '}
        {op.deprecated ? <span class="badge warn">deprecated</span> : null}
      </h3>
      {op.summary ? <p>{op.summary}</p> : null}
      {op.description ? <p class="muted small">{op.description}</p> : null}
      {op.parameters?.length ? (
        <>
          <h4>Parameters</h4>
          <Fields rows={op.parameters.map((p) => ({ ...(schemaRows({ properties: { [p.name]: p.schema ?? {} } })[0] as SchemaRow), path: `${p.name} (${p.in})`, required: !!p.required, description: p.description ?? '' }))} />
        </>
      ) : null}
      {body ? (
        <>
          <h4>Request body</h4>
          <Fields rows={schemaRows(body)} />
        </>
      ) : null}
      <h4>Responses</h4>
      {Object.entries(op.responses ?? {}).map(([status, r]) => {
        const schema = Object.values(r.content ?? {})[0]?.schema;
        return (
          <details>
            <summary>
              <code>{status}</code> {r.description ?? ''}
            </summary>
            <Fields rows={schema ? schemaRows(schema) : []} />
          </details>
        );
      })}
    </section>
  );
}

function DocsPage({ doc }: { doc: OpenApi }) {
  const byTag = new Map<string, { method: string; path: string; op: Operation }[]>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const tag = op.tags?.[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), { method, path, op }]);
    }
  }
  const tags = [...byTag.keys()].sort();
  return (
    <Layout title="API documentation" area="Docs" nav={[{ href: '/docs', label: 'APIs' }, { href: '/docs/problems', label: 'Problem types' }, { href: '/openapi.json', label: 'openapi.json' }]}>
      <h1>{doc.info.title}</h1>
      <p class="muted">
        Every route vpp serves, generated from the route schemas. The same document as JSON: <a href="/openapi.json">/openapi.json</a>. Errors are explained under{' '}
        <a href="/docs/problems">problem types</a>.
      </p>
      <nav class="card">
        <ul>
          {tags.map((tag) => (
            <li>
              <a href={`#${anchor('tag', tag)}`}>{tag}</a> <span class="muted small">({byTag.get(tag)!.length})</span>
            </li>
          ))}
        </ul>
      </nav>
      {tags.map((tag) => (
        <>
          <h2 id={anchor('tag', tag)}>{tag}</h2>
          {byTag.get(tag)!.map((o) => (
            <OperationCard {...o} />
          ))}
        </>
      ))}
    </Layout>
  );
}

function ProblemsPage() {
  return (
    <Layout title="Problem types" area="Docs" nav={[{ href: '/docs', label: 'APIs' }, { href: '/docs/problems', label: 'Problem types' }]}>
      <h1>Problem types</h1>
      <p class="muted">
        Errors are Problem JSON (RFC 7807). Its <code>type</code> names the error in the platform's form,{' '}
        <code>https://developer.vippsmobilepay.com/&lt;api&gt;/&lt;version&gt;/&lt;error&gt;</code> (like{' '}
        <code>https://developer.vippsmobilepay.com/epayment/v1/capture-amount-too-high</code>): the same wherever vpp runs, and
        different for each error below, so code can branch on it. <code>title</code> and <code>detail</code> are for people;{' '}
        <code>detail</code> says what to fix for this request.
      </p>
      {PROBLEM_TYPES.map((p) => (
        <section class="card" id={p.slug}>
          <h2>
            <code>{p.status}</code> {p.title} <span class="muted small">…/{p.slug}</span>
          </h2>
          {p.apis ? <p class="muted small">{p.apis.join(', ')}</p> : null}
          <p>{p.explanation}</p>
          <p>
            <strong>What to do:</strong> {p.fix}
          </p>
        </section>
      ))}
    </Layout>
  );
}

export async function docsRoutes(app: FastifyInstance, { rt }: { rt: Runtime }) {
  const page = { tags: ['Pages'], produces: ['text/html'] };
  app.get('/docs', { schema: { ...page, summary: 'This documentation: every route of vpp, rendered from /openapi.json' } }, async (_req, reply) =>
    reply.type('text/html; charset=utf-8').send(html(<DocsPage doc={app.swagger() as unknown as OpenApi} />)),
  );
  app.get('/docs/problems', { schema: { ...page, summary: 'What each Problem JSON type means and what to do about it' } }, async (_req, reply) =>
    reply.type('text/html; charset=utf-8').send(html(<ProblemsPage />)),
  );
}
