import { useEffect, useId, useRef, useState, type Ref } from 'react';
import { useLingui } from '@lingui/react';
import { describedBy, FieldMessage, type FieldProblem } from './FieldMessage';
import { splitEntries } from './splitEntries';

interface ListEditorProps {
  id: string;
  legend: string;
  hint?: string;
  /** The accessible name of entry `index` (0-based), e.g. "Redirect URI 2". */
  itemLabel: (index: number) => string;
  placeholder?: string;
  value: readonly string[];
  onChange: (next: string[]) => void;
  onBlur: () => void;
  listError?: FieldProblem;
  itemError: (index: number) => FieldProblem | undefined;
  /** Shown under the list without blocking (advice). */
  advice?: React.ReactNode;
  inputRef?: Ref<HTMLInputElement>;
}

type FocusTarget = { index: number; part: 'input' | 'up' | 'down' } | { index: -1; part: 'add' };

/** An editable list of strings: add, remove, move up/down, and paste many lines at once. */
export function ListEditor(props: ListEditorProps) {
  const { id, legend, hint, itemLabel, placeholder, value, onChange, onBlur, listError, itemError, advice, inputRef } = props;
  const { _: t } = useLingui();
  const pasteId = useId();
  const [pasteText, setPasteText] = useState('');
  const root = useRef<HTMLFieldSetElement>(null);
  const [focusTarget, setFocusTarget] = useState<FocusTarget>();

  // After an add, move or remove, keep the keyboard where the admin is working.
  useEffect(() => {
    if (!focusTarget) return;
    const selector =
      focusTarget.part === 'add' ? '[data-part="add"]' : `[data-index="${focusTarget.index}"][data-part="${focusTarget.part}"]`;
    const element = root.current?.querySelector<HTMLElement>(selector);
    (element?.hasAttribute('disabled') ? root.current?.querySelector<HTMLElement>(`[data-index="${focusTarget.index}"][data-part="input"]`) : element)?.focus();
    setFocusTarget(undefined);
  }, [focusTarget]);

  const update = (next: string[], focus?: FocusTarget) => {
    onChange(next);
    if (focus) setFocusTarget(focus);
  };
  const move = (from: number, to: number) => {
    const next = [...value];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item ?? '');
    update(next, { index: to, part: to < from ? 'up' : 'down' });
  };
  const remove = (index: number) => {
    const next = value.filter((_, i) => i !== index);
    update(next, next.length === 0 ? { index: -1, part: 'add' } : { index: Math.min(index, next.length - 1), part: 'input' });
  };
  const insertPasted = (index: number, entries: string[]) => {
    const next = [...value];
    const replaceCurrent = (next[index] ?? '').trim() === '';
    next.splice(replaceCurrent ? index : index + 1, replaceCurrent ? 1 : 0, ...entries);
    update(next, { index: (replaceCurrent ? index : index + 1) + entries.length - 1, part: 'input' });
  };
  const addPasted = () => {
    const entries = splitEntries(pasteText);
    if (entries.length === 0) return;
    const kept = value.filter((v) => v.trim() !== '');
    update([...kept, ...entries], { index: kept.length + entries.length - 1, part: 'input' });
    setPasteText('');
  };

  return (
    <fieldset
      ref={root}
      className="field list-editor"
      aria-describedby={describedBy(hint && `${id}-hint`, listError?.message && `${id}-error`)}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {value.length === 0 && <p className="muted list-editor-empty">{t('clients.form.list.empty')}</p>}
      <ol className="list-editor-items">
        {value.map((item, index) => {
          const error = itemError(index);
          const inputId = `${id}-${index}`;
          const label = itemLabel(index);
          return (
            <li key={index} className="list-editor-item">
              <div className="list-editor-row">
                <input
                  id={inputId}
                  ref={index === 0 ? inputRef : undefined}
                  data-index={index}
                  data-part="input"
                  className="mono"
                  value={item}
                  placeholder={placeholder}
                  spellCheck={false}
                  autoComplete="off"
                  aria-label={label}
                  aria-invalid={error?.message ? true : undefined}
                  aria-describedby={error?.message ? `${inputId}-error` : undefined}
                  onChange={(e) => update(value.map((v, i) => (i === index ? e.target.value : v)))}
                  onBlur={onBlur}
                  onPaste={(e) => {
                    const entries = splitEntries(e.clipboardData.getData('text'));
                    if (entries.length > 1) {
                      e.preventDefault();
                      insertPasted(index, entries);
                    }
                  }}
                />
                <button
                  type="button"
                  className="icon-button"
                  data-index={index}
                  data-part="up"
                  disabled={index === 0}
                  aria-label={t('clients.form.list.moveUp', { item: label })}
                  title={t('clients.form.list.moveUp', { item: label })}
                  onClick={() => move(index, index - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  data-index={index}
                  data-part="down"
                  disabled={index === value.length - 1}
                  aria-label={t('clients.form.list.moveDown', { item: label })}
                  title={t('clients.form.list.moveDown', { item: label })}
                  onClick={() => move(index, index + 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('clients.form.list.remove', { item: label })}
                  title={t('clients.form.list.remove', { item: label })}
                  onClick={() => remove(index)}
                >
                  ✕
                </button>
              </div>
              <FieldMessage id={`${inputId}-error`} error={error} />
            </li>
          );
        })}
      </ol>
      <FieldMessage id={`${id}-error`} error={listError} />
      {advice}
      <div className="list-editor-actions">
        <button
          type="button"
          className="button"
          data-part="add"
          onClick={() => update([...value, ''], { index: value.length, part: 'input' })}
        >
          {t('clients.form.list.add', { what: legend })}
        </button>
      </div>
      <details className="list-editor-paste">
        <summary>{t('clients.form.list.pasteMany')}</summary>
        <label htmlFor={pasteId}>{t('clients.form.list.pasteLabel', { what: legend })}</label>
        <textarea id={pasteId} rows={4} className="mono" spellCheck={false} value={pasteText} onChange={(e) => setPasteText(e.target.value)} />
        <button type="button" className="button" onClick={addPasted} disabled={splitEntries(pasteText).length === 0}>
          {t('clients.form.list.pasteAdd')}
        </button>
      </details>
    </fieldset>
  );
}
