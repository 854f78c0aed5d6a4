import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-json';
import { AREAS } from './src/i18n/areas.ts';

/**
 * One catalog per area and language (src/i18n/locales/<locale>/<area>.json), Lingui's minimal JSON: message id ->
 * ICU message. The ids are written in the code (no macros, nothing to extract); @lingui/vite-plugin compiles a
 * catalog when the app imports it (`?lingui`), so no ICU compiler ships.
 */
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'zh-CN'],
  catalogs: AREAS.map((area) => ({ path: `<rootDir>/src/i18n/locales/{locale}/${area}`, include: [] })),
  format: formatter({ style: 'minimal' }),
});
