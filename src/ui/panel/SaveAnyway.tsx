import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { recordSaveOverride } from '../../zendesk/recordSaveOverride';
import { PRIORITIES, type Assessment, type Ticket } from '../../rules/types';
import { priorityGuidance } from '../assessmentGuidance';
import { translateError, useTranslation } from '../i18n';
import { useAllowSaveAbove } from '../SaveAnywayContext';
import { useZendesk } from '../ZendeskContext';
import { Result, Row, Stack, Subtle, TextInput } from '../look/primitives';

type SaveAnywayState =
  | { phase: 'closed' }
  | { phase: 'asking'; missingReason: boolean }
  | { phase: 'busy' }
  | { phase: 'allowed'; priority: string; noteProblem: string | null; noted: boolean }
  | { phase: 'failed'; reason: string };

const REASON_MAX = 200;

/**
 * Block mode's way out: when the ticket's priority is above the guidance, the save check stops the
 * save; the agent may keep the priority with a short reason. "Save anyway" tags the ticket
 * `triage_override_save` (and, if the admin enabled it, adds the reason as an internal note) and
 * lets the next save with that priority through.
 */
export function SaveAnyway({ ticket, assessment }: { ticket: Ticket; assessment: Assessment }) {
  const { t } = useTranslation();
  const { client, settings } = useZendesk();
  const allowSaveAbove = useAllowSaveAbove();
  const [state, setState] = useState<SaveAnywayState>({ phase: 'closed' });
  const [reason, setReason] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const asking = state.phase === 'asking';
  useEffect(() => {
    if (asking) input.current?.focus();
  }, [asking]);

  const guidance = priorityGuidance(assessment);
  const current = ticket.priority;
  const above =
    guidance !== null &&
    current !== null &&
    PRIORITIES.indexOf(current) > PRIORITIES.indexOf(guidance);
  if (settings.saveCheckMode !== 'block' || allowSaveAbove === null) return null;
  if (!above && state.phase !== 'allowed') return null;

  const vars = {
    current: current === null ? '' : t(`ui.priorities.${current}`),
    suggested: guidance === null ? '' : t(`ui.priorities.${guidance}`),
  };

  const confirm = async () => {
    const text = reason.trim();
    if (text === '' || current === null) {
      setState({ phase: 'asking', missingReason: true });
      input.current?.focus();
      return;
    }
    setState({ phase: 'busy' });
    try {
      const outcome = await recordSaveOverride(client, {
        ticketId: ticket.id,
        reason: text,
        note: settings.saveOverrideNote ? t('ui.saveAnyway.note', { ...vars, reason: text }) : null,
      });
      allowSaveAbove(current);
      setState({
        phase: 'allowed',
        priority: vars.current,
        noted: outcome.noted,
        noteProblem: outcome.noteProblem,
      });
    } catch (error) {
      setState({ phase: 'failed', reason: translateError(t, error) });
    }
  };

  return (
    <Stack data-testid="save-anyway">
      {state.phase !== 'allowed' && <Subtle>{t('ui.saveAnyway.explain', vars)}</Subtle>}
      {(state.phase === 'closed' || state.phase === 'failed') && (
        <div>
          <Button size="small" onClick={() => setState({ phase: 'asking', missingReason: false })}>
            {t('ui.saveAnyway.open')}
          </Button>
        </div>
      )}
      {(state.phase === 'asking' || state.phase === 'busy') && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void confirm();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setState({ phase: 'closed' });
          }}
        >
          <Stack>
            <label htmlFor={inputId}>
              <Subtle as="span">{t('ui.saveAnyway.reasonLabel')}</Subtle>
            </label>
            <TextInput
              id={inputId}
              ref={input}
              maxLength={REASON_MAX}
              value={reason}
              aria-invalid={state.phase === 'asking' && state.missingReason}
              onChange={(event) => setReason(event.target.value)}
            />
            {state.phase === 'asking' && state.missingReason && (
              <Result $tone="danger" role="alert">
                {t('ui.saveAnyway.reasonMissing')}
              </Result>
            )}
            <Row>
              <Button
                size="small"
                isPrimary
                type="submit"
                aria-busy={state.phase === 'busy'}
                disabled={state.phase === 'busy'}
              >
                {t('ui.saveAnyway.confirm')}
              </Button>
              <Button
                size="small"
                isBasic
                type="button"
                onClick={() => setState({ phase: 'closed' })}
              >
                {t('ui.macros.cancel')}
              </Button>
            </Row>
          </Stack>
        </form>
      )}
      <div aria-live="polite">
        {state.phase === 'allowed' && (
          <>
            <Result $tone="success" role="status" data-testid="save-anyway-allowed">
              {t('ui.saveAnyway.allowed', { priority: state.priority })}
            </Result>
            {state.noted && <Result $tone="neutral">{t('ui.saveAnyway.noted')}</Result>}
            {state.noteProblem !== null && (
              <Result $tone="danger">
                {t('ui.saveAnyway.noteFailed', { reason: state.noteProblem })}
              </Result>
            )}
          </>
        )}
        {state.phase === 'failed' && (
          <Result $tone="danger" role="alert">
            {t('ui.saveAnyway.failed', { reason: state.reason })}
          </Result>
        )}
      </div>
    </Stack>
  );
}
