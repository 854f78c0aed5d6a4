/** One catalog per area, so areas are translated (and loaded) independently. Read by lingui.config.ts too. */
export const AREAS = ['common', 'auth', 'tokens', 'clientTokens', 'clients', 'devices', 'sessions', 'demo', 'overview', 'tools'] as const;
export type Area = (typeof AREAS)[number];
