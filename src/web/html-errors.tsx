// Errors on web pages are pages: the same vocabulary, rendered for a person.
import { registerErrorFormat, STATUS_OF } from '../api/error-format.js';
import { html, Layout } from './render.js';
import { areaOfPage } from './area-of-page.js';
import { Notice } from './components/notice.js';

const HEADING: Record<number, string> = {
  400: 'Something in the form needs fixing',
  401: 'Please log in',
  403: 'Not allowed',
  404: 'Not found',
  409: 'That cannot be done now',
  410: 'Gone',
  500: 'Something went wrong',
};

registerErrorFormat('html', (err, ctx) => {
  const status = err ? STATUS_OF[err.kind] : 500;
  const detail = err?.detail ?? 'vpp could not handle this page. The request id below finds it in the log.';
  const where = areaOfPage(ctx.url);
  return {
    status,
    contentType: 'text/html; charset=utf-8',
    body: html(
      <Layout title={HEADING[status] ?? 'Error'} area={where?.area} nav={where?.nav}>
        <h1>{HEADING[status] ?? 'Error'}</h1>
        <Notice kind="error">
          <p>{detail}</p>
          {err?.fields?.length ? (
            <ul>
              {err.fields.map((f) => (
                <li>
                  <strong>{f.name}</strong> {f.reason}
                </li>
              ))}
            </ul>
          ) : null}
        </Notice>
        <p class="small muted">
          Request id <code>{ctx.requestId}</code> · <a href="javascript:history.back()">Back</a> · <a href="/">Home</a>
        </p>
      </Layout>,
    ),
  };
});
