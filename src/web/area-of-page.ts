// Which area of the web pages a path belongs to, with that area's navigation: an error page
// keeps the header of the page it replaced, so the person can go on from there.
import { backofficeNav } from './backoffice/layout.js';
import { nav as inspectorNav } from './inspector/common.js';
import { portalNav } from './portal/nav.js';
import { payerAppNav } from './app/pages.js';
import { partnersNav } from './partners/pages.js';

export interface PageArea {
  area: string;
  nav: { href: string; label: string }[];
}

const AREAS: [RegExp, PageArea][] = [
  [/^\/portal(\/|$|\?)/, { area: 'Merchant portal', nav: portalNav }],
  [/^\/backoffice(\/|$|\?)/, { area: 'Back office', nav: backofficeNav }],
  [/^\/inspector(\/|$|\?)/, { area: 'Inspector', nav: inspectorNav }],
  [/^\/app(\/|$|\?)/, { area: "Payer's app (simulated)", nav: payerAppNav }],
  [/^\/partners(\/|$|\?)/, { area: 'Partners', nav: partnersNav }],
  [/^\/mailbox(\/|$|\?)/, { area: 'Mailbox', nav: [{ href: '/portal', label: 'Portal' }, { href: '/backoffice', label: 'Back office' }] }],
];

export function areaOfPage(url: string): PageArea | undefined {
  return AREAS.find(([prefix]) => prefix.test(url))?.[1];
}
