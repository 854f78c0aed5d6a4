/* global URL */
// The stack floor's build (see main.js): as the console's (es2022, vite's default minifier), into node_modules/.cache.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export const FLOOR_OUT_DIR = fileURLToPath(new URL('../../../node_modules/.cache/bench-floor', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  logLevel: 'error', // not the libraries' "use client" notes, which the console's React plugin handles
  build: { target: 'es2022', outDir: FLOOR_OUT_DIR, emptyOutDir: true },
});
