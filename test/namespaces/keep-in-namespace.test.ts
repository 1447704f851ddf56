// The rewriting that keeps a namespace's pages, redirects and cookies in the namespace.
import { describe, expect, it } from 'vitest';
import { cookieInNamespace, htmlInNamespace, locationInNamespace } from '../../src/namespaces/keep-in-namespace.js';

const NS = '/ns/job-1';

describe('keeping pages in their namespace', () => {
  it('moves links, forms, images and refreshes to paths of the site under the namespace', () => {
    const html =
      '<a href="/app">x</a><form method="post" action="/app/landing"><button formaction="/app/ecom">b</button></form><img src="/app/qr/t.svg"/>' +
      '<meta http-equiv="refresh" content="3;url=/app/landing?token=t"/>';
    expect(htmlInNamespace(html, NS)).toBe(
      '<a href="/ns/job-1/app">x</a><form method="post" action="/ns/job-1/app/landing"><button formaction="/ns/job-1/app/ecom">b</button></form><img src="/ns/job-1/app/qr/t.svg"/>' +
        '<meta http-equiv="refresh" content="3;url=/ns/job-1/app/landing?token=t"/>',
    );
  });

  it('leaves full URLs, other hosts, shared static files, anchors and paths already in the namespace alone', () => {
    const html =
      '<a href="https://shop.example/back">a</a><a href="//cdn.example/x">b</a><link rel="stylesheet" href="/assets/style.css"/><a href="#top">c</a>' +
      '<a href="/ns/job-1/portal">d</a><meta http-equiv="refresh" content="3;url=https://shop.example/r"/><p>href="/app" in text</p>';
    expect(htmlInNamespace(html, NS)).toBe(html);
  });

  it('moves a redirect to a path of the site, not one to the merchant', () => {
    expect(locationInNamespace('/app/landing?token=t', NS)).toBe('/ns/job-1/app/landing?token=t');
    expect(locationInNamespace('https://shop.example/back', NS)).toBe('https://shop.example/back');
    expect(locationInNamespace('/ns/job-1/portal', NS)).toBe('/ns/job-1/portal');
  });

  it("keeps a cookie to the namespace's part of the site", () => {
    expect(cookieInNamespace('vpp_app_session=abc; Path=/app; HttpOnly; SameSite=Lax', NS)).toBe('vpp_app_session=abc; Path=/ns/job-1/app; HttpOnly; SameSite=Lax');
    expect(cookieInNamespace('s=1; Path=/', NS)).toBe('s=1; Path=/ns/job-1/');
    expect(cookieInNamespace('s=1; Path=/ns/job-1/; HttpOnly', NS)).toBe('s=1; Path=/ns/job-1/; HttpOnly');
    expect(cookieInNamespace('s=1; HttpOnly', NS)).toBe('s=1; HttpOnly');
  });
});
