// The portal's navigation, on its pages and on its error pages.
export const portalNav = [
  { href: '/portal', label: 'Home' },
  { href: '/mailbox', label: 'Mailbox' },
];
