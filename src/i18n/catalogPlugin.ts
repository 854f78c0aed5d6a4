import type { Plugin } from 'vite';
import { compileCatalog, type SourceCatalog } from './icuCatalog.js';

const CATALOG = /\/src\/i18n\/locales\/[\w-]+\/(\w+)\.json$/;
/** The one module that loads catalogs for the app (i18n.ts); it receives them compiled. */
const LOADER = /\/src\/i18n\/i18n\.ts$/;
/** How a catalog imported by anything else (the catalog tests) is marked: it stays the source JSON. */
const SOURCE_QUERY = '?source';

const path = (id: string) => id.split('?', 1)[0]?.replace(/\\/g, '/') ?? id;

/**
 * The catalogs in src/i18n/locales stay i18next-style JSON for translators; what the app loads is a module of
 * Lingui compiled messages (icuCatalog.ts), made at build time, so no ICU compiler ships. Only i18n.ts gets the
 * compiled form: every other importer (the catalog tests) gets the source JSON, under its own module id.
 */
export function linguiCatalogPlugin(): Plugin {
  return {
    name: 'authms-lingui-catalogs',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || LOADER.test(path(importer)) || !source.endsWith('.json')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.id.includes('?') || !CATALOG.test(path(resolved.id))) return null;
      return { ...resolved, id: resolved.id + SOURCE_QUERY };
    },
    transform: {
      order: 'pre',
      handler(code, id) {
        const source = id.endsWith(SOURCE_QUERY);
        const namespace = CATALOG.exec(path(id))?.[1];
        if (!namespace || (id.includes('?') && !source)) return null; // `?raw`, `?url`… are Vite's
        const catalog = JSON.parse(code) as SourceCatalog;
        const out = source ? catalog : compileCatalog(catalog, namespace);
        return { code: `export default ${JSON.stringify(out)};\n`, map: null, moduleType: 'js' };
      },
    },
  };
}
