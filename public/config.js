// Runtime configuration of the console, read before the app starts. Edit this file on the host after a build
// to point the console at another server without rebuilding. Every key is optional; the build-time defaults
// (VITE_API_BASE_URL, VITE_OAUTH_PREFIX, VITE_SESSION_PREFIX, VITE_API_TIMEOUT_MS) apply where a key is missing.
window.__AUTHMS_CONFIG__ = {
  // apiBaseUrl: 'https://auth.example.com',
  // oauthPrefix: '/oauth/api/v1',
  // sessionPrefix: '/session/api/v1',
  // timeoutMs: 15000,
};
