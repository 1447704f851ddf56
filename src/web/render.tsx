// Server-rendered pages: Preact components to HTML. Text is escaped by the renderer.
import { renderToString } from 'preact-render-to-string';
import type { ComponentChildren, VNode } from 'preact';

export function html(page: VNode): string {
  return '<!doctype html>' + renderToString(page);
}

export interface LayoutProps {
  title: string;
  /** Which area this page belongs to, shown in the header. */
  area?: string;
  nav?: { href: string; label: string }[];
  /** Go on to this address by itself after a few seconds (the payer's app returning to the merchant). */
  refresh?: { seconds: number; url: string };
  children: ComponentChildren;
}

export function Layout({ title, area, nav, refresh, children }: LayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {refresh && <meta http-equiv="refresh" content={`${refresh.seconds};url=${refresh.url}`} />}
        <title>{`${title} · vpp`}</title>
        <link rel="stylesheet" href="/assets/style.css" />
      </head>
      <body>
        <header class="top">
          <a class="brand" href="/">
            vpp
          </a>
          {area && <span class="area">{area}</span>}
          {nav && (
            <nav>
              {nav.map((n) => (
                <a href={n.href}>{n.label}</a>
              ))}
            </nav>
          )}
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
