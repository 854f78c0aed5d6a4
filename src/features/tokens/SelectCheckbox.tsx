import { useEffect, useRef } from 'react';

interface SelectCheckboxProps {
  label: string;
  checked: boolean;
  indeterminate?: boolean;
  disabled?: boolean;
  title?: string;
  /** `range` is true when shift was held (shift-click picks a range). */
  onChange: (checked: boolean, range: boolean) => void;
}

/** A native checkbox (Space toggles it) that can show "some selected". */
export function SelectCheckbox({ label, checked, indeterminate = false, disabled, title, onChange }: SelectCheckboxProps) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className="select-checkbox"
      aria-label={label}
      title={title}
      checked={checked}
      disabled={disabled}
      onChange={(e) => {
        const native = e.nativeEvent as Partial<MouseEvent>;
        onChange(e.currentTarget.checked, native.shiftKey === true);
      }}
    />
  );
}
