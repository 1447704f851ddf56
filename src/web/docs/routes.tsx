// /docs/api renders our OpenAPI document with swagger-ui, served from the package (no CDN);
// /docs/problems explains each Problem JSON type the APIs answer with; /docs leads to the first.
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../runtime.js';
import { html, Layout } from '../render.js';
import { DOCS_API_JS, DOCS_API_CSS } from './api-reference-script.js';
import { PROBLEM_TYPES } from './problem-types.js';

const NAV = [
  { href: '/docs/api', label: 'API reference' },
  { href: '/docs/problems', label: 'Problem types' },
  { href: '/openapi.json', label: 'openapi.json' },
];

function ApiReferencePage() {
  return (
    <Layout title="API reference" area="Docs" nav={NAV}>
      <link rel="stylesheet" href="/assets/vendor/swagger-ui.css" />
      <style dangerouslySetInnerHTML={{ __html: DOCS_API_CSS }} />
      <h1>API reference</h1>
      <p class="muted small">
        Every route vpp serves, rendered from <a href="/openapi.json">/openapi.json</a>. Errors are explained under <a href="/docs/problems">problem types</a>.
      </p>
      <div id="swagger-ui">
        <noscript>This reference needs JavaScript; the same document as JSON is at /openapi.json.</noscript>
      </div>
      <script src="/assets/vendor/swagger-ui-bundle.js" />
      <script dangerouslySetInnerHTML={{ __html: DOCS_API_JS }} />
    </Layout>
  );
}


function ProblemsPage() {
  return (
    <Layout title="Problem types" area="Docs" nav={NAV}>
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
  app.get('/docs', { schema: { tags: ['Pages'], summary: 'Leads to the API reference at /docs/api' } }, async (_req, reply) => reply.code(301).header('location', '/docs/api').send());
  app.get('/docs/api', { schema: { ...page, summary: 'The API reference: every route of vpp, rendered from /openapi.json by swagger-ui' } }, async (_req, reply) =>
    reply.type('text/html; charset=utf-8').send(html(<ApiReferencePage />)),
  );
  app.get('/docs/problems', { schema: { ...page, summary: 'What each Problem JSON type means and what to do about it' } }, async (_req, reply) =>
    reply.type('text/html; charset=utf-8').send(html(<ProblemsPage />)),
  );
}
