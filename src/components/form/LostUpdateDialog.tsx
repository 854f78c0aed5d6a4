import { Dialog } from '@/components/Dialog';

/** One field another admin changed since the form was loaded. */
export interface LostUpdateChange {
  key: string;
  label: React.ReactNode;
  before: React.ReactNode;
  theirs: React.ReactNode;
  /** The admin changed this field too: overwriting replaces their value with the admin's. */
  alsoMine: boolean;
}

/** The dialog's words, from the area that shows it (its own catalog). */
export interface LostUpdateTexts {
  title: string;
  body: React.ReactNode;
  /** Said when no field the form shows changed. */
  noVisibleChanges: string;
  caption: string;
  field: string;
  before: string;
  theirs: string;
  alsoMine: string;
  /** Under the table: what "overwrite" does, given how many of their changes it replaces. */
  explain: (conflicts: number) => string;
  keepEditing: string;
  reloadTheirs: string;
  overwrite: string;
}

interface LostUpdateDialogProps {
  open: boolean;
  changes: readonly LostUpdateChange[];
  texts: LostUpdateTexts;
  /** Shown under the table (e.g. a link to the record's history). */
  extra?: React.ReactNode;
  onReloadTheirs: () => void;
  onOverwrite: () => void;
  onCancel: () => void;
}

/**
 * Someone else saved the same record since the form loaded it: what they changed (before → now), which of those the
 * admin changed too, and the choice: keep editing, take theirs, or overwrite with the admin's changes only.
 */
export function LostUpdateDialog({ open, changes, texts, extra, onReloadTheirs, onOverwrite, onCancel }: LostUpdateDialogProps) {
  const conflicts = changes.filter((c) => c.alsoMine).length;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !next && onCancel()}
      wide
      title={texts.title}
      description={<p>{texts.body}</p>}
      footer={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {texts.keepEditing}
          </button>
          <button type="button" className="button" onClick={onReloadTheirs}>
            {texts.reloadTheirs}
          </button>
          <button type="button" className="button button-danger" onClick={onOverwrite}>
            {texts.overwrite}
          </button>
        </>
      }
    >
      {changes.length === 0 ? (
        <p>{texts.noVisibleChanges}</p>
      ) : (
        <div className="table-wrap" role="region" aria-label={texts.caption} tabIndex={0}>
          <table className="data-table conflict-table">
            <caption className="visually-hidden">{texts.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.field}</th>
                <th scope="col">{texts.before}</th>
                <th scope="col">{texts.theirs}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.key}>
                  <th scope="row">
                    {change.label}
                    {change.alsoMine && <span className="badge badge-warning">{texts.alsoMine}</span>}
                  </th>
                  <td>{change.before}</td>
                  <td>{change.theirs}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {extra}
      <p className="muted">{texts.explain(conflicts)}</p>
    </Dialog>
  );
}
