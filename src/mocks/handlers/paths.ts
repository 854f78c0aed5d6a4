/** Full service prefixes of the contract, on any origin. */
export const SESSION_API = '*/session/api/v1';
export const OAUTH_API = '*/oauth/api/v1';
