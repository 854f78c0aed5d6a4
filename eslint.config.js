import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import lingui from 'eslint-plugin-lingui';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['auth', 'tokens', 'clientTokens', 'clients', 'devices', 'sessions', 'users', 'demo', 'overview', 'tools', 'palette'];
const TESTS = ['**/*.test.{ts,tsx}'];
// The demo area is the UI of the mock's demo controls (faults, saved data): it alone may use those two parts.
const demoControls = ['!**/mocks/faults', '!**/mocks/faults/**', '!**/mocks/persistence'];

const otherFeatures = (feature) => ({
  group: features.filter((f) => f !== feature).map((f) => `**/features/${f}/**`),
  message: 'Features do not import each other; move shared parts to src/components or src/lib.',
});
const noApp = { group: ['**/app/**', '@/app'], message: 'Only src/app puts the features together; nothing imports it.' };
const noFeatures = { group: ['**/features/**'], message: 'Shared code does not depend on features.' };
const noMocks = (except = []) => ({
  group: ['**/mocks/**', ...except],
  message: 'Only tests and demo entry code (loaded on demand) may import the mocks.',
});
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist', 'dist-demo', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  // No import cycles anywhere in src (a cycle makes module order, and so start-up, fragile).
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.app.json' })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  // Boundaries, tests included: an area never imports another area or the app; shared code never imports an
  // area or the app; only tests and the demo's own entry code reach the mocks.
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: restrict(otherFeatures(feature), noApp, noMocks(feature === 'demo' ? demoControls : [])),
  })),
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.test.{ts,tsx}`],
    rules: restrict(otherFeatures(feature), noApp),
  })),
  {
    files: ['src/api/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}', 'src/i18n/**/*.{ts,tsx}'],
    rules: restrict(noFeatures, noApp, noMocks()),
  },
  {
    files: ['src/api/**/*.test.{ts,tsx}', 'src/lib/**/*.test.{ts,tsx}', 'src/components/**/*.test.{ts,tsx}', 'src/i18n/**/*.test.{ts,tsx}'],
    rules: restrict(noFeatures, noApp),
  },
  {
    // the app puts the areas together; the demo's mock is imported on demand (demoSession.ts), never statically
    files: ['src/app/**/*.{ts,tsx}'],
    ignores: TESTS,
    rules: restrict(noMocks()),
  },
  // Every visible text goes through Lingui: a string with a capital letter or a space in a component is reported
  // unless it is code (a class, an id, a path, a constant, a sample value in a placeholder).
  {
    files: ['src/**/*.tsx'],
    ignores: [...TESTS, 'src/mocks/**', 'src/test/**'],
    plugins: { lingui },
    rules: {
      'lingui/no-unlocalized-strings': [
        'error',
        {
          ignore: ['^[^\\sA-Z]*$', '^[a-z][a-zA-Z0-9_.]*$', '^/\\S*$', '^[[{]', '^https?://\\S*$'],
          ignoreNames: [
            { regex: { pattern: '^[A-Z][A-Z0-9_]*$' } },
            { regex: { pattern: '^(className|type|role|id|htmlFor|key|autoComplete|inputMode|lang|dir|translate|name|to|href|rel|target)$' } },
            { regex: { pattern: '^(aria-(controls|describedby|labelledby|live|current|haspopup|sort|invalid|busy)|data-.*)$' } },
          ],
          ignoreFunctions: ['t', 'i18n._', 'console.*', 'Error', 'TypeError', 'lazyRouteComponent', 'lazyPage', 'getRouteApi', 'createRoute'],
        },
      ],
    },
  },
  {
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
  },
  {
    files: ['e2e/**/*.ts', 'scripts/**/*.{js,mjs,ts}', '*.config.{js,ts}'],
    rules: { 'no-console': 'off' },
  },
);
