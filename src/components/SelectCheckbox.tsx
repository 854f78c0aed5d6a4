import { useEffect, useRef } from 'react';

interface SelectCheckboxProps {
  label: string;
  checked: boolean;
  disabled?: boolean;
  title?: string;
  /** `range` is true when shift was held (shift-click picks a range). */
  onChange: (checked: boolean, range: boolean) => void;
  ref?: React.Ref<HTMLInputElement>;
}

/** A native checkbox (Space toggles it): one per row, so it runs no effect of its own. */
export function SelectCheckbox({ label, checked, disabled, title, onChange, ref }: SelectCheckboxProps) {
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

/** The header's checkbox, which can also show "some selected" (`indeterminate` is a DOM property, not an attribute). */
export function PageSelectCheckbox({ indeterminate, ...props }: Omit<SelectCheckboxProps, 'ref'> & { indeterminate: boolean }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return <SelectCheckbox ref={ref} {...props} />;
}
