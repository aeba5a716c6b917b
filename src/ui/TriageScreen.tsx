import { ConfigurationNotices } from './panel/ConfigurationNotices';
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
import { assess } from '../rules/sidebar';
import { useMemo } from 'react';

/** The connected sidebar: loading skeleton, read failure with "Try again", or the assessment (with whether it is current). */
export function TriageScreen({ now }: { now?: () => Date }) {
  const { client, settings, rulebook, rulebookProblems } = useZendesk();
  const { state, retry } = useTicketAssessment(now);
  const read = state.status === 'ready' ? state : null;
  // The conversation's times and visibility, read after this assessment is on screen: the engine
  // then assesses again with them (first response sent, agents' replies).
  const ticket = useConversationDetails(read ? read.ticket : null);
  const assessment = useMemo(() => {
    if (!read || !ticket) return null;
    return ticket === read.ticket
      ? read.assessment
      : assess(ticket, rulebook, settings.config, (now ?? (() => new Date()))());
  }, [read, ticket, rulebook, settings.config, now]);
  const allowSaveAbove = useSaveCheck(ticket, assessment);

  const notices = (
    <ConfigurationNotices
      rulebookProblems={rulebookProblems}
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
  if (state.status === 'loading' || !ticket || !assessment) {
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
          ticket={ticket}
          assessment={assessment}
          rulebook={rulebook}
          now={now}
          notices={notices}
        />
      </SaveAnywayContext.Provider>
    </PanelFrame>
  );
}
