import { lazy, Suspense, useEffect, useMemo, type ReactNode } from 'react';
import { macroSlotValues } from '../../rules/macros/macroSlotValues';
import type { Assessment, Rulebook, Ticket } from '../../rules/types';
import { isEngineFallback } from '../assessmentGuidance';
import { TriageOverridesProvider } from '../TriageOverridesContext';
import { ApplyTriage } from './ApplyTriage';
import { EngineFailureNotice } from './EngineFailureNotice';
import { FlagsSection } from './FlagsSection';
import { useZendesk } from '../ZendeskContext';
import { InputWarnings } from './InputWarnings';
import { MacroSlotsContext } from './MacroSlotsContext';
import { reasonDescriber } from './describeReason';
import { ReasonTextContext } from './ReasonTextContext';
import { useTranslation } from '../i18n';
import { MacrosSection } from './MacrosSection';
import { OwnerSection } from './OwnerSection';
import { RequestTypeSection } from './RequestTypeSection';
import { SaveAnyway } from './SaveAnyway';
import { SeveritySection } from './SeveritySection';
import { TicketHeader } from './TicketHeader';

// Not needed for the first paint: its own chunk, fetched once the assessment is shown.
const RelatedTickets = lazy(() =>
  import('../laterParts').then((parts) => ({ default: parts.RelatedTickets })),
);

export const ASSESSMENT_SHOWN_MARK = 'triage:assessment-shown';
let markedOnce = false;

/** The assessed ticket, top to bottom as the triager reads it. */
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

  const { settings } = useZendesk();
  // The clock does not matter for slot values (versions, flags, links), only for the facts' shape.
  const slotValues = useMemo(
    () => macroSlotValues(ticket, assessment, rulebook, settings.config, new Date()),
    [ticket, assessment, rulebook, settings.config],
  );
  const { t, locale } = useTranslation();
  const describeReason = useMemo(
    () => reasonDescriber(assessment, rulebook, t, locale),
    [assessment, rulebook, t, locale],
  );
  const failed = isEngineFallback(assessment);
  return (
    <TriageOverridesProvider ticket={ticket}>
      <MacroSlotsContext.Provider value={slotValues}>
        <ReasonTextContext.Provider value={describeReason}>
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
                <SeveritySection assessment={assessment} now={now} />
                <SaveAnyway ticket={ticket} assessment={assessment} />
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
          <Suspense fallback={null}>
            <RelatedTickets ticket={ticket} requestType={assessment.requestType} now={now} />
          </Suspense>
        </ReasonTextContext.Provider>
      </MacroSlotsContext.Provider>
    </TriageOverridesProvider>
  );
}
