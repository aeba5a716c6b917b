import type { TicketRead } from '../zendesk';
import { ConfigurationNotices } from './panel/ConfigurationNotices';
import { AssessmentPanel } from './panel/AssessmentPanel';
import { PanelSkeleton } from './panel/PanelSkeleton';
import { RefreshStatus } from './panel/RefreshStatus';
import { PanelFrame } from './PanelFrame';
import { SaveAnywayContext } from './SaveAnywayContext';
import { TicketReadFailure } from './states/TicketReadFailure';
import { useSaveCheck } from './hooks/useSaveCheck';
import { useTicketAssessment } from './hooks/useTicketAssessment';
import { useZendesk } from './ZendeskContext';

/**
 * The connected sidebar: loading skeleton, read failure with "Try again", or the ticket the
 * session read, assessed by the engine (with whether it is current).
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
  const assessment = useTicketAssessment(read, now);
  const allowSaveAbove = useSaveCheck(read.status === 'ready' ? read.ticket : null, assessment);

  if (read.status === 'error') {
    return (
      <PanelFrame state="error" client={client}>
        <TicketReadFailure reason={read.reason} onRetry={onRetry} rereading={read.rereading} />
      </PanelFrame>
    );
  }
  if (read.status !== 'ready' || !assessment) {
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
          ticket={read.ticket}
          assessment={assessment}
          rulebook={rulebook}
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
