import { useState } from 'react';
import { setTicketPriority } from '../../zendesk';
import type { Assessment, Priority } from '../../rules/types';
import { priorityGuidance } from '../assessmentGuidance';
import { translateError, useTranslation } from '../i18n';
import { useTriageOverrides } from '../TriageOverridesContext';
import { useZendesk } from '../ZendeskContext';
import { Button } from '../look/Button';
import { Result, Stack, Strong, SummaryLabel, SummaryLine } from '../look/primitives';

type SetState =
  | { phase: 'idle' }
  | { phase: 'setting' }
  | { phase: 'done'; priority: Priority }
  | { phase: 'failed'; reason: string };

/**
 * The priority verdict, shown without a click: "Ticket is Urgent · guidance Low", a one-line
 * reminder, and when they differ one click sets the suggested priority (only the agent's click
 * ever changes it). It follows the live assessment, so after a change it stays current. Without
 * guidance (unknown request type) it says a person decides, with nothing to set.
 */
export function PriorityCheck({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const { client } = useZendesk();
  const { notePrioritySetBySidebar } = useTriageOverrides();
  const [setState, setSetState] = useState<SetState>({ phase: 'idle' });
  const guidance = priorityGuidance(assessment);
  const check = assessment.priorityCheck;

  const label = (priority: Priority | null) =>
    priority ? t(`ui.priorities.${priority}`) : t('ui.ticket.noPriority');

  const hint = () => {
    if (guidance === null) return t('ui.priorityCheck.noGuidance');
    if (!check) return t('ui.priorityCheck.noField');
    switch (check.verdict) {
      case 'matches':
        return t('ui.verdict.matches');
      case 'above_guidance':
        return t('ui.verdict.above');
      case 'below_guidance':
        return t('ui.verdict.below');
      default:
        return t('ui.verdict.unset');
    }
  };

  const applySuggested = async (priority: Priority) => {
    setSetState({ phase: 'setting' });
    // Following the guidance is not an override: tell the tracker this change is ours. Marked
    // before the write, since Zendesk may announce the change before `set` resolves; taken back
    // when the write fails.
    const unmark = notePrioritySetBySidebar(priority);
    try {
      await setTicketPriority(client, priority);
      setSetState({ phase: 'done', priority });
    } catch (error) {
      unmark();
      setSetState({ phase: 'failed', reason: translateError(t, error) });
    }
  };

  const verdict = guidance === null ? 'none' : (check?.verdict ?? 'no_field');
  const differs = guidance !== null && check !== null && check.verdict !== 'matches';
  return (
    <Stack data-testid="priority-check">
      <div aria-live="polite" data-testid="priority-verdict" data-verdict={verdict}>
        {check && (
          <SummaryLine>
            <SummaryLabel>{t('ui.summary.priority')}: </SummaryLabel>
            {check.current ? (
              <>
                {t('ui.verdict.ticket')}{' '}
                <Strong data-testid="ticket-priority">{label(check.current)}</Strong>
              </>
            ) : (
              <span data-testid="ticket-priority">{t('ui.verdict.noPriority')}</span>
            )}
            {' · '}
            {guidance === null ? (
              t('ui.verdict.none')
            ) : (
              <>
                {t('ui.verdict.guidance')}{' '}
                <Strong data-testid="guidance-priority">{label(check.suggested)}</Strong>
              </>
            )}
          </SummaryLine>
        )}
        <Result $tone={differs ? 'warning' : 'neutral'} data-testid="priority-hint">
          {hint()}
        </Result>
      </div>
      {differs && (
        <div>
          <Button
            size="small"
            isPrimary
            disabled={setState.phase === 'setting'}
            aria-busy={setState.phase === 'setting'}
            onClick={() => void applySuggested(check.suggested)}
          >
            {setState.phase === 'setting'
              ? t('ui.priorityCheck.setting')
              : t('ui.priorityCheck.set', { priority: label(check.suggested) })}
          </Button>
        </div>
      )}
      <div aria-live="polite">
        {setState.phase === 'done' && (
          <Result $tone="success" role="status">
            {t('ui.priorityCheck.done', { priority: label(setState.priority) })}
          </Result>
        )}
        {setState.phase === 'failed' && (
          <Result $tone="danger" role="alert">
            {t('ui.priorityCheck.failed', { reason: setState.reason })}
          </Result>
        )}
      </div>
    </Stack>
  );
}
