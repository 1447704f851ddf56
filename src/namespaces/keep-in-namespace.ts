// Pages, redirects and cookies of a namespace stay in it. The pages are the main world's
// (one Fastify app serves every namespace) and write the site's own paths as `/app/…`,
// `/portal/…`: answered under /ns/NAME/, those become /ns/NAME/app/…, so a browser that
// follows a link, posts a form or is redirected stays in the namespace it is in, and a
// session cookie of one namespace is not sent to another or to the main world.
// Shared static files (/assets/, the favicon) are left at the root: they are the same everywhere.

const SHARED = /^\/(?:assets\/|favicon)/;

function local(path: string, prefix: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !SHARED.test(path) && path !== prefix && !path.startsWith(`${prefix}/`) && !path.startsWith(`${prefix}?`);
}

/** A Location header: a path of the site moves under the prefix; full URLs are left as they are. */
export function locationInNamespace(location: string, prefix: string): string {
  return local(location, prefix) ? prefix + location : location;
}

// href="/…", action="/…", src="/…", formaction="/…", and a refresh's content="3;url=/…".
const ATTRIBUTE = /(\s(?:href|action|src|formaction)=")(\/[^"]*)"|(\scontent="\d+;\s*url=)(\/[^"]*)"/gi;

/** An HTML page: every link, form and refresh to a path of the site moves under the prefix. */
export function htmlInNamespace(html: string, prefix: string): string {
  return html.replace(ATTRIBUTE, (whole, attr: string | undefined, path: string | undefined, refresh: string | undefined, target: string | undefined) => {
    const [before, to] = attr !== undefined ? [attr, path!] : [refresh!, target!];
    return local(to, prefix) ? `${before}${prefix}${to}"` : whole;
  });
}

/** A Set-Cookie header: a cookie for a path of the site is for that path in the namespace. */
export function cookieInNamespace(cookie: string, prefix: string): string {
  return cookie.replace(/(;\s*path=)(\/[^;]*)/i, (whole, attr: string, path: string) => (local(path, prefix) ? `${attr}${prefix}${path}` : whole));
}
