import { useEffect, useId, useRef, useState } from 'react';
import { useLingui } from '@lingui/react';
import { isApiError } from '@/api/errors';
import type { Cell } from '@/lib/csv';
import {
  downloadText,
  EXPORT_ROW_CAP,
  exportCsv,
  exportFileName,
  exportJson,
  fetchAllPages,
  type ExportColumn,
  type ExportProgress,
  type FetchedList,
} from '@/lib/exportList';
import { Dialog } from '@/components/Dialog';
import { ErrorPanel } from '@/components/ErrorPanel';
import type { ExportSpec } from './exportSpec';

type Format = 'csv' | 'json';
type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ExportProgress }
  | { kind: 'done'; fileName: string; list: FetchedList<unknown> }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: unknown };

/** A value as a CSV cell: lists joined by spaces, objects as JSON text. */
function toCell(value: unknown): Cell {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(' ');
  return JSON.stringify(value);
}

/** The spec's columns, else every field the rows have, in the order they first appear. */
function columnsOf<T>(spec: ExportSpec<T>, rows: readonly T[]): ExportColumn<T>[] {
  const fields = new Set<string>();
  if (!spec.columns) for (const row of rows) for (const key of Object.keys(row as object)) fields.add(key);
  return (spec.columns ?? [...fields]).map((column) =>
    typeof column === 'string' ? { header: column, value: (row: T) => toCell(row[column as keyof T]) } : column,
  );
}

interface ExportDialogProps {
  spec: ExportSpec<unknown>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * Export of every page of a list's current filter: format, progress (pages and rows), cancel, the cap, the file.
 * Shown by the shell's overlay host, which keeps it mounted once opened (so closing returns focus to the button).
 */
export function ExportDialog({ spec, open, onOpenChange }: ExportDialogProps) {
  const { _: t } = useLingui();
  const [format, setFormat] = useState<Format>('csv');
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const formatName = useId();

  const cancel = () => controller.current?.abort();
  useEffect(() => () => cancel(), []);

  const run = async () => {
    const abort = new AbortController();
    controller.current = abort;
    setPhase({ kind: 'running', progress: { pagesDone: 0, rows: 0 } });
    const meta = { list: spec.list, filters: spec.filters, exportedAt: new Date(), cap: EXPORT_ROW_CAP };
    try {
      const list = await fetchAllPages(spec.fetchPage, {
        signal: abort.signal,
        onProgress: (progress) => setPhase({ kind: 'running', progress }),
      });
      const fileName = exportFileName(meta, format);
      if (format === 'csv') downloadText(fileName, exportCsv(columnsOf(spec, list.rows), list, meta), 'text/csv;charset=utf-8');
      else downloadText(fileName, exportJson(list, meta), 'application/json;charset=utf-8');
      setPhase({ kind: 'done', fileName, list });
    } catch (error) {
      const aborted = abort.signal.aborted || (isApiError(error) && error.kind === 'aborted');
      setPhase(aborted ? { kind: 'cancelled' } : { kind: 'failed', error });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  };

  const running = phase.kind === 'running';
  const filters = Object.entries(spec.filters).filter(([, value]) => value !== undefined && value !== '');
  const close = (next: boolean) => {
    if (!next) {
      cancel();
      if (!running) setPhase({ kind: 'idle' });
    }
    onOpenChange(next);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title={t('tools.export.title', { list: spec.label })}
      description={
        <>
          <p>{t('tools.export.body', { cap: EXPORT_ROW_CAP })}</p>
          <p className="muted">
            {filters.length > 0 ? t('tools.export.filters', { filters: filters.map(([key, value]) => `${key}: ${value}`).join(' · ') }) : t('tools.export.noFilters')}
          </p>
        </>
      }
      footer={
        running ? (
          <button type="button" className="button" onClick={cancel}>
            {t('tools.export.cancel')}
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={() => close(false)}>
              {t('common.close')}
            </button>
            <button type="button" className="button button-primary" onClick={() => void run()}>
              {phase.kind === 'idle' ? t('tools.export.start') : t('tools.export.again')}
            </button>
          </>
        )
      }
    >
      <fieldset className="export-format" disabled={running}>
        <legend>{t('tools.export.format')}</legend>
        {(['csv', 'json'] as const).map((value) => (
          <label key={value} className="inline-field">
            <input type="radio" name={formatName} value={value} checked={format === value} onChange={() => setFormat(value)} />
            {t(`tools.export.formats.${value}`)}
          </label>
        ))}
      </fieldset>
      <div role="status" className="export-status">
        {phase.kind === 'running' && (
          <>
            <progress
              max={phase.progress.pagesTotal ?? undefined}
              value={phase.progress.pagesTotal ? phase.progress.pagesDone : undefined}
              aria-label={t('tools.export.progressLabel')}
            />
            <p>
              {phase.progress.pagesTotal
                ? t('tools.export.progress', { done: phase.progress.pagesDone, pages: phase.progress.pagesTotal, rows: phase.progress.rows })
                : t('tools.export.progressOpen', { done: phase.progress.pagesDone, rows: phase.progress.rows })}
            </p>
          </>
        )}
        {phase.kind === 'done' && (
          <>
            <p>{t('tools.export.done', { rows: phase.list.rows.length, file: phase.fileName })}</p>
            {phase.list.capped && (
              <p className="notice">{t('tools.export.capped', { cap: EXPORT_ROW_CAP, total: phase.list.total ?? '?' })}</p>
            )}
          </>
        )}
        {phase.kind === 'cancelled' && <p>{t('tools.export.cancelled')}</p>}
      </div>
      {phase.kind === 'failed' && <ErrorPanel error={phase.error} title={t('tools.export.failed')} />}
    </Dialog>
  );
}
