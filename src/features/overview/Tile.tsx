import { useLingui } from '@lingui/react';
import { isRouteMissing } from '@/api/errors';
import { ErrorPanel } from '@/components/ErrorPanel';

/** What a tile reads of each of its queries (a `useQuery` result fits). */
export interface TileQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

interface TileProps {
  id: string;
  title: string;
  queries: readonly TileQuery[];
  /** Said in place of the figures a route this server does not offer would give (404/405/501). */
  notOffered?: string;
  children: React.ReactNode;
}

/**
 * One figure block of the overview: its title, its figures, and its own trouble. A failed request shows its error
 * with a Retry here, and only here; a route the server does not offer is said plainly, not as an error.
 */
export function Tile({ id, title, queries, notOffered, children }: TileProps) {
  const failed = queries.filter((query) => query.isError && !isRouteMissing(query.error));
  const missing = queries.some((query) => query.isError && isRouteMissing(query.error));
  const busy = queries.some((query) => query.isPending);
  return (
    <section className="tile" aria-labelledby={id} aria-busy={busy || undefined}>
      <h2 id={id} className="tile-title">
        {title}
      </h2>
      {children}
      {missing && notOffered && <p className="tile-note muted">{notOffered}</p>}
      {failed[0] && (
        <ErrorPanel
          error={failed[0].error}
          onRetry={() => {
            for (const query of failed) void query.refetch();
          }}
        />
      )}
    </section>
  );
}

type FigureFormat = 'number' | 'percent';

/** A number and what it counts; "—" when unknown, a placeholder while it loads. */
export function Figure({ value, label, pending, format = 'number' }: { value: number | null | undefined; label: string; pending: boolean; format?: FigureFormat }) {
  const { i18n } = useLingui();
  const text =
    value === null || value === undefined
      ? '—'
      : new Intl.NumberFormat(i18n.locale, format === 'percent' ? { style: 'percent', maximumFractionDigits: 0 } : {}).format(value);
  return (
    <>
      {pending ? (
        <span className="figure-value skeleton figure-skeleton" aria-hidden="true" />
      ) : (
        <span className="figure-value" data-figure={value === null || value === undefined ? undefined : ''}>
          {text}
        </span>
      )}{' '}
      <span className="figure-label">{label}</span>
    </>
  );
}
