import { useCallback, useEffect, useRef } from 'react';
import { registerSaveCheck, type SaveCheckState } from '../../zendesk';
import type { Assessment, Priority, Ticket } from '../../rules/types';
import { priorityGuidance } from '../assessmentGuidance';
import { useTranslation, type Translate } from '../i18n';
import { useZendesk } from '../ZendeskContext';

/**
 * Registers the `ticket.save` hook once per session. The hook reads the latest assessment and
 * words through refs, so a re-assessment never re-registers it (two handlers would warn twice).
 * Returns `allowSaveAbove`: block mode's "Save anyway" lets the next saves with that priority
 * through (the agent gave a reason in the panel).
 */
export function useSaveCheck(
  ticket: Ticket | null,
  assessment: Assessment | null,
): (priority: Priority) => void {
  const { client, settings } = useZendesk();
  const { t } = useTranslation();
  const latest = useRef<SaveCheckState>({
    mode: settings.saveCheckMode,
    suggested: null,
    current: null,
  });
  const words = useRef<Translate>(t);
  const allowedAbove = useRef<Priority | null>(null);

  useEffect(() => {
    latest.current = {
      mode: settings.saveCheckMode,
      // No guidance (engine fallback, unknown request type): the save goes on without a word.
      suggested: priorityGuidance(assessment),
      current: ticket?.priority ?? null,
      allowedAbove: allowedAbove.current,
    };
    words.current = t;
  }, [settings.saveCheckMode, assessment, ticket, t]);

  useEffect(
    () =>
      registerSaveCheck(
        client,
        () => latest.current,
        (key, vars) => words.current(key, vars),
      ),
    [client],
  );

  return useCallback((priority: Priority) => {
    allowedAbove.current = priority;
    latest.current = { ...latest.current, allowedAbove: priority };
  }, []);
}
