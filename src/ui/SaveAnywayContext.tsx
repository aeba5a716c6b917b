// Block mode's "Save anyway": TriageScreen owns the save hook (useSaveCheck) and hands the panel
// the one thing it may do to it, let a save with a priority above the guidance through.
import { createContext, useContext } from 'react';
import type { Priority } from '../rules/types';

export const SaveAnywayContext = createContext<((priority: Priority) => void) | null>(null);

export function useAllowSaveAbove(): ((priority: Priority) => void) | null {
  return useContext(SaveAnywayContext);
}
