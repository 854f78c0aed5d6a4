import { useSelector } from '@tanstack/react-store';
import { faultStore } from '@/mocks/faults/store';
import type { FaultSettings } from '@/mocks/faults/settings';

/** The faults the mock applies now; re-renders when the panel (or a test) changes them. */
export function useFaultSettings(): FaultSettings {
  return useSelector(faultStore);
}
