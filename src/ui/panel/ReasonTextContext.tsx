// How a reason reads in the agent's language (describeReason), provided by AssessmentPanel for
// every "Why?" below it; outside one, the engine's own sentence.
import { createContext, useContext } from 'react';
import type { Reason } from '../../rules/types';

export const ReasonTextContext = createContext<(reason: Reason) => string>((reason) => reason.text);

export function useReasonText(): (reason: Reason) => string {
  return useContext(ReasonTextContext);
}
