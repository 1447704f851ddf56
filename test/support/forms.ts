// Driving server-rendered forms through inject: cookies in, cookies out, CSRF token read
// from the page as a browser would.
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './app.js';

export class Browser {
  readonly cookies = new Map<string, string>();
  /** `remoteAddress`: the client address the server sees (default 127.0.0.1). */
  constructor(private readonly t: TestApp, private readonly remoteAddress?: string) {}

  private remember(res: LightMyRequestResponse) {
    for (const c of res.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    const res = await this.t.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader() }, remoteAddress: this.remoteAddress });
    this.remember(res);
    return res;
  }

  async post(url: string, form: Record<string, string>): Promise<LightMyRequestResponse> {
    const res = await this.t.inject({
      method: 'POST',
      url,
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(form).toString(),
      remoteAddress: this.remoteAddress,
    });
    this.remember(res);
    return res;
  }
}

/** The value of the first hidden `_csrf` field of a page. */
export function csrfOf(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!m) throw new Error('no _csrf field on the page');
  return m[1]!;
}
