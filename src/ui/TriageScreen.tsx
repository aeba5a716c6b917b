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

/** The connected sidebar: loading skeleton, read failure with "Try again", or the assessment (with whether it is current). */
export function TriageScreen({ now }: { now?: () => Date }) {
  const { client, settings, rulebook, rulebookProblems, rulebookWarnings } = useZendesk();
  const { state, retry } = useTicketAssessment(now);
  const allowSaveAbove = useSaveCheck(
    state.status === 'ready' ? state.ticket : null,
    state.status === 'ready' ? state.assessment : null,
  );

  const notices = (
    <ConfigurationNotices
      rulebookProblems={rulebookProblems}
      rulebookWarnings={rulebookWarnings}
      settingsProblems={settings.problems}
    />
  );
  if (state.status === 'error') {
    return (
      <PanelFrame state="error" client={client}>
        <TicketReadFailure reason={state.reason} onRetry={retry} />
      </PanelFrame>
    );
  }
  if (state.status === 'loading') {
    return (
      <PanelFrame state="loading" client={client}>
        <PanelSkeleton />
      </PanelFrame>
    );
  }
  return (
    <PanelFrame state="ready" client={client}>
      <RefreshStatus
        updating={state.updating}
        refreshFailed={state.refreshFailed}
        onRetry={retry}
      />
      <SaveAnywayContext.Provider value={allowSaveAbove}>
        <AssessmentPanel
          ticket={state.ticket}
          assessment={state.assessment}
          rulebook={rulebook}
          notices={notices}
        />
      </SaveAnywayContext.Provider>
    </PanelFrame>
  );
}
