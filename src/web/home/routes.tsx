// The front page: what runs here and where to go next.
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../runtime.js';
import { assetRoutes } from '../assets.js';
import { vendorAssetRoutes } from '../vendor-assets.js';
import { html, Layout } from '../render.js';

function Home({ rt }: { rt: Runtime }) {
  const base = rt.config.publicUrl;
  return (
    <Layout title="Home">
      <h1>vpp — the Vipps MobilePay partner platform</h1>
      <p class="muted">
        Running in <span class="badge">{rt.config.mode}</span> mode on {rt.store.describe}.
      </p>
      <div class="card">
        <h2>Pages</h2>
        <ul>
          <li>
            <a href="/portal">Merchant portal</a>: log in as a person (simulated BankID)
          </li>
          <li>
            <a href="/backoffice">Back office</a>: review agreements and orders
          </li>
          <li>
            <a href="/app">Payer's app</a>: approve or reject payment requests sent to a phone number
          </li>
          <li>
            <a href="/inspector">Inspector</a>: recent API requests, payments with their events, webhook deliveries
          </li>
          <li>
            <a href="/mailbox">Mailbox</a>: every email vpp sent
          </li>
        </ul>
      </div>
      <div class="card">
        <h2>APIs</h2>
        <ul>
          <li>
            Access Token API: <code>POST {base}/accesstoken/get</code>
          </li>
          {rt.config.mode === 'production' && (
            <li>
              Management API <code>{base}/management/v1/…</code> and the legacy Partner API <code>{base}/partner-api/…</code>
            </li>
          )}
          <li>
            ePayment API <code>{base}/epayment/v1/…</code> and Webhooks API <code>{base}/webhooks/v1/…</code>
          </li>
          <li>
            <a href="/docs/api">API reference</a> (rendered from the <a href="/openapi.json">OpenAPI document</a> of every route)
          </li>
          <li>
            <a href="/health">Health</a> and <a href="/metrics">metrics</a>
          </li>
        </ul>
      </div>
    </Layout>
  );
}

export async function homeRoutes(app: FastifyInstance, { rt }: { rt: Runtime }) {
  await app.register(assetRoutes);
  await app.register(vendorAssetRoutes);
  app.get('/', { schema: { tags: ['Pages'], summary: 'Front page: what runs here and where to go next', produces: ['text/html'] } }, async (_req, reply) => reply.type('text/html; charset=utf-8').send(html(<Home rt={rt} />)));
}
