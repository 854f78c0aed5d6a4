import { use, useMemo, useSyncExternalStore } from 'react';
import { getFixedT, i18n, type Namespace } from './i18n';

export { Trans } from './Trans';
export type { TFunction } from './i18n';

const subscribe = (onChange: () => void) => i18n.on('languageChanged', onChange);
const getLanguage = () => i18n.language;

/**
 * react-i18next's hook: `t` of a namespace (default `common`) and the i18n instance. The component re-renders
 * on a language change; `t` stays the same function until then (pages memoize on it). A namespace not loaded
 * yet suspends the component until its catalog is there.
 */
export function useTranslation(namespace: Namespace = 'common') {
  const language = useSyncExternalStore(subscribe, getLanguage, getLanguage);
  use(i18n.namespaceLoad(namespace)); // suspends only while the catalog is loading
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new `t` for each language: memoized work re-translates
  const t = useMemo(() => getFixedT(namespace), [namespace, language]);
  return { t, i18n };
}
