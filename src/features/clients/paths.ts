/**
 * The client tokens page belongs to the client-tokens area and registers its own route; typed as a plain string
 * so this area links to it without depending on that route's definition.
 */
export const CLIENT_TOKENS_PATH: string = '/clients/$clientId/tokens';
