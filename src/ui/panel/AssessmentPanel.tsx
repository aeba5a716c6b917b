import { useEffect, useMemo, type ReactNode } from 'react';
import { macroSlotValues } from '../../rules/macros/macroSlotValues';
import type { Assessment, Rulebook, Ticket } from '../../rules/types';
import { TriageOverridesProvider } from '../TriageOverridesContext';
import { laterPart } from '../LaterPart';
import { noteFirstPaint } from '../afterFirstPaint';
import { useZendesk } from '../ZendeskContext';
import { EngineFailureNotice } from './EngineFailureNotice';
import { FlagsSection } from './FlagsSection';
import { InputWarnings } from './InputWarnings';
import { MacroSlotsContext } from './MacroSlotsContext';
import { MacrosSection } from './MacrosSection';
import { ReasonTextContext } from './ReasonTextContext';
import { ASSESSMENT_SHOWN_MARK } from './assessmentShownMark';
import { SummarySection } from './SummarySection';

// Not needed for the first paint: in the chunk fetched once the assessment is shown.
const ApplyTriage = laterPart('ApplyTriage');
const WhySection = laterPart('WhySection');
const RelatedTickets = laterPart('RelatedTickets');

let markedOnce = false;

/**
 * The assessed ticket in the order a triager uses it: the summary (what it is, who owns it, how
 * severe, whether the priority is right), the flags, the macros to send and Apply triage, and
 * only then the explanations. The ticket's own subject, requester and priority are not repeated:
 * Zendesk shows them beside the sidebar.
 */
export function AssessmentPanel({
  ticket,
  assessment,
  rulebook,
  notices,
  now,
}: {
  ticket: Ticket;
  assessment: Assessment;
  rulebook: Rulebook;
  /** The clock for the first-response countdown; tests fix it. */
  now?: () => Date;
  /** Configuration problems, shown below the actions (the default rulebook keeps working). */
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
    noteFirstPaint();
  }, []);

  const { settings } = useZendesk();
  // The clock does not matter for slot values (versions, flags, links), only for the facts' shape.
  const slotValues = useMemo(
    () => macroSlotValues(ticket, assessment, rulebook, settings.config, new Date()),
    [ticket, assessment, rulebook, settings.config],
  );
  const reasonSource = useMemo(() => ({ assessment, rulebook }), [assessment, rulebook]);
  const failed = assessment.engineFailed;
  return (
    <TriageOverridesProvider ticket={ticket}>
      <MacroSlotsContext.Provider value={slotValues}>
        <ReasonTextContext.Provider value={reasonSource}>
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
                <SummarySection
                  ticket={ticket}
                  assessment={assessment}
                  rulebook={rulebook}
                  now={now}
                />
                <FlagsSection assessment={assessment} />
                <MacrosSection assessment={assessment} rulebook={rulebook} />
              </>
            )}
          </div>
          {/* Applying our failure as triage tags would record placeholders as a decision. */}
          {!failed && <ApplyTriage ticket={ticket} assessment={assessment} />}
          {notices}
          {!failed && <WhySection assessment={assessment} />}
          <InputWarnings
            warnings={[
              ...ticket.warnings,
              ...assessment.warnings.filter((w) => !ticket.warnings.includes(w)),
            ]}
          />
          <RelatedTickets ticket={ticket} requestType={assessment.requestType} now={now} />
        </ReasonTextContext.Provider>
      </MacroSlotsContext.Provider>
    </TriageOverridesProvider>
  );
}
