import type { TicketRead } from '../zendesk';
import { AssessmentPanel } from './panel/AssessmentPanel';
import { PanelSkeleton } from './panel/PanelSkeleton';
import { RefreshStatus } from './panel/RefreshStatus';
import { PanelFrame } from './PanelFrame';
import { SaveAnywayContext } from './SaveAnywayContext';
import { TicketReadFailure } from './states/TicketReadFailure';
import { useSaveCheck } from './hooks/useSaveCheck';
import { useTicketAssessment } from './hooks/useTicketAssessment';
import { useConversationDetails } from './hooks/useConversationDetails';
import { useZendesk } from './ZendeskContext';
import { laterPart } from './LaterPart';

// Shown below the actions, after the first paint: in the chunk fetched once the assessment is shown.
const ConfigurationNotices = laterPart('ConfigurationNotices');

/**
 * The connected sidebar: loading skeleton, read failure with "Try again", or the ticket the
 * session read, assessed by the engine (with whether it is current). The conversation's times and
 * visibility are read after that assessment is on screen; the engine then assesses again with them.
 */
export function TriageScreen({
  read,
  onRetry,
  now,
}: {
  read: TicketRead;
  onRetry: () => void;
  now?: () => Date;
}) {
  const { client, settings, rulebook, rulebookProblems, rulebookWarnings } = useZendesk();
  const ticket = useConversationDetails(read.status === 'ready' ? read.ticket : null);
  const assessment = useTicketAssessment(ticket, now);
  const allowSaveAbove = useSaveCheck(ticket, assessment);

  if (read.status === 'error') {
    return (
      <PanelFrame state="error" client={client}>
        <TicketReadFailure reason={read.reason} onRetry={onRetry} rereading={read.rereading} />
      </PanelFrame>
    );
  }
  if (read.status !== 'ready' || !ticket || !assessment) {
    return (
      <PanelFrame state="loading" client={client}>
        <PanelSkeleton />
      </PanelFrame>
    );
  }
  return (
    <PanelFrame state="ready" client={client}>
      <RefreshStatus
        updating={read.updating}
        refreshFailed={read.refreshFailed}
        onRetry={onRetry}
      />
      <SaveAnywayContext.Provider value={allowSaveAbove}>
        <AssessmentPanel
          ticket={ticket}
          assessment={assessment}
          rulebook={rulebook}
          now={now}
          notices={
            <ConfigurationNotices
              rulebookProblems={rulebookProblems}
              rulebookWarnings={rulebookWarnings}
              settingsProblems={settings.problems}
            />
          }
        />
      </SaveAnywayContext.Provider>
    </PanelFrame>
  );
}
