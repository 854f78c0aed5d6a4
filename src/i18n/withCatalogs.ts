import { i18n, type Namespace } from './i18n';

/**
 * A lazy page together with its area's catalogs: both load in parallel and the page renders only once its texts
 * are there. The start loads `common` alone, so a first visit to one page fetches one area's texts, not all.
 */
export function withCatalogs<T>(page: Promise<T>, namespaces: readonly Namespace[]): Promise<T> {
  return Promise.all([page, i18n.loadNamespaces([...namespaces])]).then(([module]) => module);
}
