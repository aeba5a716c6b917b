// The values the engine knows for macro slots ({{version}}, {{component}}…) on the open ticket,
// worked out once per assessment by AssessmentPanel and read by every MacroItem below it.
import { createContext, useContext } from 'react';

export const MacroSlotsContext = createContext<Readonly<Record<string, string>>>({});

export function useMacroSlotValues(): Readonly<Record<string, string>> {
  return useContext(MacroSlotsContext);
}
