/** The DOM id of a form path's input: `name` -> `cf-name`, `redirect_uris.1` -> `cf-redirect_uris-1`. */
export function inputId(path: string): string {
  return `cf-${path.replace(/\./g, '-')}`;
}

/** Moves focus to the input of a form path (a list's first entry when the path is the whole list). */
export function focusInput(path: string): void {
  const element = document.getElementById(inputId(path)) ?? document.getElementById(inputId(`${path}.0`));
  element?.focus();
}

/** Focuses the first input marked invalid, in the order the admin reads the form (a group: its first input). */
export function focusFirstInvalid(container: HTMLElement | null): void {
  const invalid = container?.querySelector<HTMLElement>('[aria-invalid="true"]');
  const target = invalid?.matches('fieldset') ? invalid.querySelector<HTMLElement>('input, select, textarea') : invalid;
  target?.focus();
}
