import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// `--mode demo` (npm run demo / build:demo) runs the console on the MSW mock backend; every other mode talks
// to a real authms server. BASE_PATH sets where a build is served from (e.g. /console/).
export default defineConfig(({ mode }) => ({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react()],
  define: {
    __DEMO__: JSON.stringify(mode === 'demo'),
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    testTimeout: 15_000,
  },
}));
