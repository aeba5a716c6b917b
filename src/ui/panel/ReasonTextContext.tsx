// What the reasons of every "Why?" below an AssessmentPanel are said from: its assessment and
// rulebook. Only that, so the panel's first paint does not carry the describer (useReasonText,
// which travels with the Whys in the chunk fetched after that paint). Outside a panel: null.
import { createContext } from 'react';
import type { Assessment, Rulebook } from '../../rules/types';

export interface ReasonSource {
  assessment: Assessment;
  rulebook: Rulebook;
}

export const ReasonTextContext = createContext<ReasonSource | null>(null);
