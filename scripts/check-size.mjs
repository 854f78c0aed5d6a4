#!/usr/bin/env node
/* global process, console */
// Bundle-size budgets of the production build, from dist/.vite/manifest.json (run after `npm run build`).
// `node scripts/check-size.mjs [dist]` prints every chunk and the initial JS of every route (gzip) and exits 1 when
// a budget is broken. The routes come from src/app/routes/*.tsx, so a new page is measured without touching this.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGETS = {
  /** initial JS of the tokens page: entry + its static imports + the i18n catalogs it waits for + the page chunk */
  tokensRouteKb: 150,
  /**
   * every JS chunk of the app (both languages' catalogs included). 300 KB held up to the overview (296.5 KB); the
   * sessions wing and the support toolkit then added six pages and two catalog areas in both languages (~48 KB,
   * 28 KB of it won back by dropping strictExecutionOrder's module wrappers and the demo's catalogs from other
   * builds). Chunks grouped per area would win ~10 KB more but put every page of an area behind one file.
   */
  wholeAppKb: 330,
};
const BUDGETED_ROUTE = '/tokens';
/**
 * Why a route's module can be missing from the manifest: renamed, or rolldown merged it into a shared chunk, which it
 * does when the page and one of its own lazy chunks import a module in common (see src/features/tokens/revoke/lazyRevoke.tsx).
 */
const NOT_OWN_CHUNK =
  'is not in the manifest: renamed, or merged into a shared chunk because the page and one of its lazy chunks import the same module';
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROUTES_DIR = join(ROOT, 'src', 'app', 'routes');
/** The language whose catalogs a first visit loads with the tokens page. */
const INITIAL_LANGUAGE = 'en';

export const kb = (bytes) => bytes / 1024;
const fmt = (bytes) => `${kb(bytes).toFixed(1).padStart(7)} KB`;

/**
 * `[{ path, module, namespaces }]` of every route: the lazily loaded module (undefined when the route is in the entry)
 * and the i18n namespaces it loads with it.
 */
export function discoverRoutes(routesDir = ROUTES_DIR) {
  const routes = [];
  for (const file of readdirSync(routesDir).filter((f) => /\.tsx?$/.test(f))) {
    const code = readFileSync(join(routesDir, file), 'utf8');
    for (const block of code.split(/createRoute\s*\(/).slice(1)) {
      const path = /\bpath:\s*'([^']+)'/.exec(block)?.[1];
      if (!path) continue;
      const lazy = /import\(\s*'([^']+)'\s*\)/.exec(block)?.[1];
      // loadCatalogs(['tokens']) in the route's loader: the catalogs the page waits for, besides `common`
      const namespaces = /loadCatalogs\(\[([^\]]*)\]/.exec(block)?.[1]?.match(/[\w-]+/g) ?? [];
      let module;
      if (lazy) {
        // `@/…` is the src alias (tsconfig, vite.config.ts); anything else is relative to the route file
        const base = lazy.startsWith('@/') ? join(ROOT, 'src', lazy.slice(2)) : normalize(join(routesDir, lazy));
        const found = ['.tsx', '.ts', ''].map((ext) => base + ext).find((candidate) => existsSync(candidate));
        module = relative(ROOT, found ?? base).split('\\').join('/');
      }
      routes.push({ path, module, namespaces });
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path));
}

/** Sizes of a build: every JS chunk, and the initial JS of each route. */
export function measureBuild(distDir = join(ROOT, 'dist')) {
  const manifestPath = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`${manifestPath} is missing: run \`npm run build\` first (vite.config.ts sets build.manifest).`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const gzipCache = new Map();
  const gzipOf = (file) => {
    if (!gzipCache.has(file)) {
      const content = readFileSync(join(distDir, file));
      gzipCache.set(file, { raw: content.length, gzip: gzipSync(content, { level: 9 }).length });
    }
    return gzipCache.get(file);
  };

  /** The JS files a manifest entry loads before it runs: itself and its static imports, transitively. */
  const closure = (key, into = new Set()) => {
    const chunk = manifest[key];
    if (!chunk || into.has(chunk.file)) return into;
    into.add(chunk.file);
    for (const imported of chunk.imports ?? []) closure(imported, into);
    return into;
  };

  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entryKey) throw new Error('the manifest has no entry');
  const entryFiles = closure(entryKey);
  /** The catalog chunks of these namespaces in the initial language. */
  const catalogsOf = (namespaces) =>
    new Set(
      namespaces.flatMap((ns) => {
        const key = `src/i18n/locales/${INITIAL_LANGUAGE}/${ns}.json?lingui`;
        if (!manifest[key]) throw new Error(`${key} is not in the manifest: is the namespace '${ns}' misspelt?`);
        return [...closure(key)];
      }),
    );
  // the start loads `common` only (the demo's catalog too, in demo builds: not measured here); pages load their own
  const catalogFiles = catalogsOf(['common']);

  const sum = (files) =>
    [...files].reduce((acc, file) => {
      const size = gzipOf(file);
      return { raw: acc.raw + size.raw, gzip: acc.gzip + size.gzip };
    }, { raw: 0, gzip: 0 });

  const routes = discoverRoutes().map((route) => {
    const files = new Set([...entryFiles, ...catalogFiles, ...catalogsOf(route.namespaces)]);
    let missing = false;
    if (route.module) {
      if (manifest[route.module]) closure(route.module, files);
      else missing = true;
    }
    return { ...route, missing, files, ...sum(files) };
  });

  const chunks = [...new Set(Object.values(manifest).map((chunk) => chunk.file))]
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, ...gzipOf(file) }))
    .sort((a, b) => b.gzip - a.gzip);
  const css = readdirSync(join(distDir, 'assets'))
    .filter((file) => file.endsWith('.css'))
    .map((file) => ({ file: `assets/${file}`, ...gzipOf(`assets/${file}`) }));
  return {
    chunks,
    css,
    routes,
    entry: sum(entryFiles),
    catalogs: sum(catalogFiles),
    wholeApp: sum(chunks.map((c) => c.file)),
  };
}

export function printSizes(sizes) {
  console.log('JS chunks (gzip):');
  for (const c of sizes.chunks) console.log(`  ${fmt(c.gzip)}  ${c.file}`);
  console.log(`CSS (gzip): ${sizes.css.map((c) => `${c.file} ${kb(c.gzip).toFixed(1)} KB`).join(', ')}`);
  console.log(`\nentry + its static imports: ${fmt(sizes.entry.gzip)}`);
  console.log(`common catalog (${INITIAL_LANGUAGE}):        ${fmt(sizes.catalogs.gzip)}`);
  console.log('\ninitial JS per route (entry + common catalog + the route chunk, its imports and its catalogs, gzip):');
  for (const r of sizes.routes) {
    const note = r.module ? (r.missing ? `  (${r.module} not in the build!)` : '') : '  (in the entry)';
    console.log(`  ${fmt(r.gzip)}  ${r.path}${note}`);
  }
  console.log(`\nwhole app (every JS chunk): ${fmt(sizes.wholeApp.gzip)}`);
}

/** The broken budgets, as messages; empty when all hold. */
export function checkBudgets(sizes) {
  const problems = [];
  const tokens = sizes.routes.find((r) => r.path === BUDGETED_ROUTE);
  if (!tokens) problems.push(`no ${BUDGETED_ROUTE} route found in src/app/routes`);
  else if (tokens.missing) problems.push(`the ${BUDGETED_ROUTE} route's module ${tokens.module} ${NOT_OWN_CHUNK}`);
  else if (kb(tokens.gzip) > BUDGETS.tokensRouteKb) {
    problems.push(`initial JS of ${BUDGETED_ROUTE}: ${kb(tokens.gzip).toFixed(1)} KB gzip > ${BUDGETS.tokensRouteKb} KB`);
  }
  if (kb(sizes.wholeApp.gzip) > BUDGETS.wholeAppKb) {
    problems.push(`whole app: ${kb(sizes.wholeApp.gzip).toFixed(1)} KB gzip > ${BUDGETS.wholeAppKb} KB`);
  }
  for (const r of sizes.routes.filter((route) => route.missing)) {
    problems.push(`route ${r.path}: ${r.module} ${NOT_OWN_CHUNK}`);
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = measureBuild(process.argv[2] ? resolve(process.argv[2]) : undefined);
  printSizes(sizes);
  const problems = checkBudgets(sizes);
  if (problems.length > 0) {
    console.error(`\ncheck-size: over budget:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`\ncheck-size: within the budgets (${BUDGETED_ROUTE} ≤ ${BUDGETS.tokensRouteKb} KB, app ≤ ${BUDGETS.wholeAppKb} KB)`);
}
