import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { lingui } from '@lingui/vite-plugin';
import react from '@vitejs/plugin-react';
import { loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { detectBasePath, ROUTE_ROOTS } from './src/lib/basePath.ts';

/**
 * For a base-relative build: a script at the top of index.html that works out where the console is served from
 * and sets `<base href>`, so `./assets/…`, `./config.js` and the app's own base path resolve from a deep link
 * (`/console/clients/abc` served by the host's fallback) exactly as from `/console/`.
 */
function relativeBasePlugin(): Plugin {
  const code = `(function(){var b=document.createElement('base');b.href=(${detectBasePath.toString()})(location.pathname,${JSON.stringify(ROUTE_ROOTS)});document.head.appendChild(b)})()`;
  return {
    name: 'authms-relative-base',
    apply: 'build',
    transformIndexHtml(html) {
      // right after <meta charset>, before the first relative URL (the icon); the charset stays in the first 1024 bytes
      const out = html.replace(/<meta charset[^>]*>/i, (charset) => `${charset}\n    <script>${code}</script>`);
      if (out === html) throw new Error('index.html has no <meta charset> to put the base script after');
      return out;
    },
  };
}

const LOOPBACK = ['http://127.0.0.1:*', 'http://localhost:*'];

/** The origins the console may call besides its own (see connect-src below). */
function apiOrigins(mode: string, env: Record<string, string>): { origins: string[]; configured: boolean } {
  if (mode === 'demo') return { origins: [], configured: true }; // the demo's API is its service worker, same origin
  const origins = [env.VITE_API_BASE_URL, ...(env.CSP_CONNECT_SRC ?? '').split(/\s+/)]
    .filter((value): value is string => !!value && /^https?:\/\//.test(value))
    .map((value) => new URL(value).origin);
  return origins.length > 0 ? { origins: [...new Set(origins)], configured: true } : { origins: LOOPBACK, configured: false };
}

/**
 * The Content-Security-Policy of a build, as a <meta> tag at the top of index.html (README, "Content-Security-Policy",
 * has the header a host should send instead; a meta tag cannot carry frame-ancestors). Not in the dev server:
 * Vite's client injects inline code there.
 * - script-src: this origin, plus the hash of each inline script the build itself writes into index.html.
 * - style-src 'unsafe-inline': Radix (react-remove-scroll) and sonner insert <style> elements at run time.
 * - connect-src: this origin and the API origin: VITE_API_BASE_URL, plus CSP_CONNECT_SRC (space-separated
 *   origins, e.g. when config.js points the console elsewhere). A build that knows no API origin can reach only
 *   this origin and loopback servers (`npm run mock-server`, the e2e tests), never a third party.
 * - img-src https: client logos are served from the clients' own sites.
 */
function contentSecurityPolicy(connectOrigins: string[], scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' https: data:",
    "font-src 'self'",
    ["connect-src 'self'", ...connectOrigins].join(' '),
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

function cspMetaTag(connectOrigins: string[]): Plugin {
  return {
    name: 'authms-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
          (m) => `'sha256-${createHash('sha256').update(m[1] ?? '').digest('base64')}'`,
        );
        const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(connectOrigins, inline)}" />`;
        // first in <head>: a policy in a meta tag covers only what comes after it
        const out = html.replace(/<head>/i, (head) => `${head}\n    ${meta}`);
        if (out === html) throw new Error('index.html has no <head> for the CSP meta tag');
        return out;
      },
    },
  };
}

// `--mode demo` (npm run demo / build:demo) runs the console on the MSW mock backend; every other mode talks
// to a real authms server. BASE_PATH sets where a build is served from (e.g. /console/). Without it the demo build
// is base-relative, so the one static site works under any path; other builds are served from /.
export default defineConfig(({ mode, command }) => {
  const relative = process.env.BASE_PATH === undefined && mode === 'demo' && command === 'build';
  const api = apiOrigins(mode, loadEnv(mode, process.cwd(), ''));
  if (command === 'build' && !api.configured) {
    console.warn('CSP: no VITE_API_BASE_URL or CSP_CONNECT_SRC; this build may call only its own origin and loopback.');
  }
  return {
    base: process.env.BASE_PATH ?? (relative ? './' : '/'),
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    // lingui(): catalogs imported with `?lingui` arrive compiled; a broken ICU message or a missing translation fails
    plugins: [react(), lingui({ failOnCompileError: true, failOnMissing: true }), ...(relative ? [relativeBasePlugin()] : []), cspMetaTag(api.origins)],
    define: {
      __DEMO__: JSON.stringify(mode === 'demo'),
    },
    server: { port: 5173, strictPort: false },
    preview: { port: 4173 },
    build: {
      target: 'es2022',
      sourcemap: false,
      // dist/.vite/manifest.json: what each route loads, read by scripts/check-size.mjs and scripts/bench.mjs
      manifest: true,
      rolldownOptions: {
        output: {
          // No strictExecutionOrder: it wraps every module in an init function (20 KB gzip over the app). The order
          // that matters (src/app/zodWithoutEval.ts before any schema) holds without it: main.tsx imports that file
          // first and the 'initial' group below keeps every statically imported module in the entry chunk, so no
          // shared chunk runs ahead of it; e2e/prod/csp.spec.ts fails on the eval zod would otherwise try.
          // Everything the entry imports statically goes into one chunk: left alone, rolldown splits it into a dozen
          // small files shared with the lazy routes, and gzip compresses many small files ~8 KB worse than one.
          codeSplitting: { groups: [{ name: 'initial', tags: ['$initial'] }] },
        },
      },
    },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
      restoreMocks: true,
      testTimeout: 30_000,
      // Vitest's default is one worker less than the cores: one worker on CI's two cores (315 s against 167 s);
      // threads rather than forks: 148 s
      maxWorkers: Math.max(availableParallelism() - 1, 2),
      pool: 'threads',
    },
  };
});
