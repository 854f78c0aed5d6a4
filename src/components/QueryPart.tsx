import { isRouteMissing } from '@/api/errors';
import { ErrorPanel } from './ErrorPanel';
import { NotOffered } from './NotOffered';

interface QueryPartProps<T> {
  /** What the part reads (a `useQuery` result fits). */
  query: { data: T | undefined; error: unknown; isError: boolean; refetch: () => unknown };
  loading: string;
  /** Said in place when the server has no such route (404/405/501); omitted, such an answer is a failure. */
  notOffered?: string;
  /** Which failures mean "no such route" (by default 404/405/501). */
  isMissing?: (error: unknown) => boolean;
  /** Another failure said in the part's own words instead of the error panel (e.g. the subject does not exist). */
  explain?: (error: unknown) => React.ReactNode;
  children: (data: T) => React.ReactNode;
}

/**
 * A part of a page that loads and fails alone: its loading text, "this server does not offer it" for a missing
 * route, a failure with Retry, or its content.
 */
export function QueryPart<T>({ query, loading, notOffered, isMissing = isRouteMissing, explain, children }: QueryPartProps<T>) {
  if (query.isError) {
    if (notOffered && isMissing(query.error)) return <NotOffered message={notOffered} error={query.error} />;
    return explain?.(query.error) || <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (query.data === undefined) return <p role="status">{loading}</p>;
  return <>{children(query.data)}</>;
}
