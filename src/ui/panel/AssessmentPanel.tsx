import { useEffect, type ReactNode } from 'react';
import type { Assessment, Rulebook, Ticket } from '../../rules/types';
import { isEngineFallback } from '../assessmentGuidance';
import { TriageOverridesProvider } from '../TriageOverridesContext';
import { ApplyTriage } from './ApplyTriage';
import { EngineFailureNotice } from './EngineFailureNotice';
import { FlagsSection } from './FlagsSection';
import { InputWarnings } from './InputWarnings';
import { MacrosSection } from './MacrosSection';
import { OwnerSection } from './OwnerSection';
import { RequestTypeSection } from './RequestTypeSection';
import { SeveritySection } from './SeveritySection';
import { TicketHeader } from './TicketHeader';

export const ASSESSMENT_SHOWN_MARK = 'triage:assessment-shown';
let markedOnce = false;

/** The assessed ticket, top to bottom as the triager reads it. */
export function AssessmentPanel({
  ticket,
  assessment,
  rulebook,
  notices,
}: {
  ticket: Ticket;
  assessment: Assessment;
  rulebook: Rulebook;
  /** Configuration problems, shown under the ticket they apply to. */
  notices?: ReactNode;
}) {
  useEffect(() => {
    // Once per page: the browser tests and the performance budget measure time to first paint
    // of an assessment.
    if (markedOnce) return;
    markedOnce = true;
    try {
      performance.mark(ASSESSMENT_SHOWN_MARK);
    } catch {
      // no Performance API: nothing to measure
    }
  }, []);

  const failed = isEngineFallback(assessment);
  return (
    <TriageOverridesProvider ticket={ticket}>
      <TicketHeader ticket={ticket} />
      {notices}
      <div
        data-testid="assessment"
        data-request-type={assessment.requestType}
        data-owner={assessment.owner}
        data-severity={String(assessment.severity)}
        data-priority={assessment.priority}
        data-flags={assessment.flags.join(' ')}
        data-macros={assessment.macros.join(' ')}
      >
        {failed ? (
          <EngineFailureNotice />
        ) : (
          <>
            <RequestTypeSection assessment={assessment} />
            <OwnerSection assessment={assessment} rulebook={rulebook} />
            <SeveritySection assessment={assessment} />
            <FlagsSection assessment={assessment} />
            <MacrosSection assessment={assessment} rulebook={rulebook} />
          </>
        )}
      </div>
      {/* Applying our failure as triage tags would record placeholders as a decision. */}
      {!failed && <ApplyTriage ticket={ticket} assessment={assessment} />}
      <InputWarnings
        warnings={[
          ...ticket.warnings,
          ...assessment.warnings.filter((w) => !ticket.warnings.includes(w)),
        ]}
      />
    </TriageOverridesProvider>
  );
}
