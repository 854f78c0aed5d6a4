/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_API_BASE_URL?: string;
  readonly VITE_OAUTH_PREFIX?: string;
  readonly VITE_SESSION_PREFIX?: string;
  readonly VITE_API_TIMEOUT_MS?: string;
  readonly VITE_DEMO?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

/** True in demo mode (`vite --mode demo`); a compile-time constant, so demo code is dropped from other builds. */
declare const __DEMO__: boolean;
