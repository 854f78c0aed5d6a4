// Runtime configuration of the console, read before the app starts. Edit this file on the host after a build
// to point the console at another server without rebuilding. Every key is optional; the build-time defaults
// (VITE_API_BASE_URL, VITE_OAUTH_PREFIX, VITE_SESSION_PREFIX, VITE_API_TIMEOUT_MS) apply where a key is missing.
window.__AUTHMS_CONFIG__ = {
  // apiBaseUrl: 'https://auth.example.com',
  // oauthPrefix: '/oauth/api/v1',
  // sessionPrefix: '/session/api/v1',
  // timeoutMs: 15000,
  //
  // "Sign in with authms" (README, "Signing in"): the console's own OAuth client, registered once on the server.
  // oauthClientId: 'authms-console',
  // oauthScopes: 'openid profile',
  // oauthRedirectUri: 'https://console.example.com/auth/callback', // default: this page's origin + base + auth/callback
  // oauthIssuer: 'https://auth.example.com', // only if the server's `iss` differs from what discovery says
  // oauthDiscovery: true, // false: skip /.well-known/openid-configuration, use the documented endpoint paths
  // oauthAllowHttp: false, // true: allow a plain-http server other than 127.0.0.1/localhost (test setups only)
};
