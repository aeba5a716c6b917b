import { useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { setTicketPriority } from '../../zendesk';
import type { Assessment, Priority } from '../../rules/types';
import { priorityGuidance } from '../assessmentGuidance';
import { translateError, useTranslation } from '../i18n';
import { useTriageOverrides } from '../TriageOverridesContext';
import { useZendesk } from '../ZendeskContext';
import { Result, Stack, Subtle } from './styles';

type SetState =
  | { phase: 'idle' }
  | { phase: 'setting' }
  | { phase: 'done'; priority: Priority }
  | { phase: 'failed'; reason: string };

/**
 * "Check priority": compares the ticket's priority with the guidance in one sentence. The
 * verdict follows the live assessment, so after a change it stays current. When it differs,
 * one click sets the suggested priority (only the agent's click ever changes it).
 */
export function PriorityCheck({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const { client } = useZendesk();
  const { notePrioritySetBySidebar } = useTriageOverrides();
  const [checked, setChecked] = useState(false);
  const [setState, setSetState] = useState<SetState>({ phase: 'idle' });
  // Without guidance (unknown request type) there is nothing to compare with or to set.
  const guided = priorityGuidance(assessment) !== null;
  const check = guided ? assessment.priorityCheck : null;

  const label = (priority: Priority | null) =>
    priority ? t(`ui.priorities.${priority}`) : t('ui.ticket.noPriority');

  const sentence = () => {
    if (!guided) return t('ui.priorityCheck.noGuidance');
    if (!check) return t('ui.priorityCheck.noField');
    const vars = { current: label(check.current), suggested: label(check.suggested) };
    switch (check.verdict) {
      case 'matches':
        return t('ui.priorityCheck.matches', vars);
      case 'above_guidance':
        return t('ui.priorityCheck.above', vars);
      case 'below_guidance':
        return t('ui.priorityCheck.below', vars);
      default:
        return t('ui.priorityCheck.unset', vars);
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

  const differs = check !== null && check.verdict !== 'matches';
  return (
    <Stack data-testid="priority-check">
      <div>
        <Button
          size="small"
          onClick={() => {
            setChecked(true);
            setSetState({ phase: 'idle' });
          }}
        >
          {t('ui.priorityCheck.button')}
        </Button>
      </div>
      <div aria-live="polite">
        {checked && <Subtle data-testid="priority-verdict">{sentence()}</Subtle>}
        {checked && differs && check && (
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
        )}
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
