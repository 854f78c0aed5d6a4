/** The shell's navigation: the main pages, in the header's order (the palette lists them too). */
export const NAV = [
  { to: '/', key: 'nav.overview' },
  { to: '/tokens', key: 'nav.tokens' },
  { to: '/clients', key: 'nav.clients' },
  { to: '/devices', key: 'nav.devices' },
  { to: '/sessions', key: 'nav.sessions' },
  { to: '/tools/inspect', key: 'nav.inspect' },
  { to: '/settings/tokens', key: 'nav.lifetimes' },
] as const;
