import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

/**
 * The form's current values, for what depends on all of them (the change count, Save, the draft).
 *
 * Read from the form itself through useSyncExternalStore, which cannot miss a change: when it subscribes it
 * compares the form as it is then with what the render read, and renders again if they differ. A watch that
 * only hears the changes made after it subscribed loses an edit typed in between, the instant the form appears:
 * the input then shows it while Save stays disabled with "No changes yet".
 */
export function useFormValues<T extends FieldValues>(form: UseFormReturn<T>): T {
  const subscribe = useCallback(
    (onChange: () => void) => form.subscribe({ formState: { values: true }, callback: onChange }),
    [form],
  );
  // a string, so that an unchanged form gives the same snapshot (form values are plain data: strings, numbers, lists)
  const snapshot = useSyncExternalStore(subscribe, () => JSON.stringify(form.getValues()));
  return useMemo(() => JSON.parse(snapshot) as T, [snapshot]);
}
