import { useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { applyTriage, resolveRequestTypeFieldId, type TriageOutcome } from '../../zendesk';
import { decideOverrides, triageTags } from '../../rules/triage';
import type { Assessment, Ticket } from '../../rules/types';
import { priorityGuidance } from '../assessmentGuidance';
import { translateError, useTranslation } from '../i18n';
import { useTriageOverrides } from '../TriageOverridesContext';
import { useZendesk } from '../ZendeskContext';
import { OwnerOverride } from './OwnerOverride';
import { Result, Section, SectionHeading, Stack, Subtle } from '../look/primitives';

type ApplyState =
  | { phase: 'idle' }
  | { phase: 'busy' }
  /** `basis`: the tags the assessment called for when applied (before the field's choice). */
  | { phase: 'done'; outcome: TriageOutcome; basis: string[] }
  | { phase: 'failed'; reason: string };

/**
 * "Apply triage": writes the current assessment (with the triager's owner choice and any
 * overrides) onto the ticket as tags, and the installed Request type field when there is one. Nothing is
 * saved; pressing it again after a change swaps the stale tags. A failure leaves it usable.
 */
export function ApplyTriage({ ticket, assessment }: { ticket: Ticket; assessment: Assessment }) {
  const { t } = useTranslation();
  const { client, requirements } = useZendesk();
  const overrides = useTriageOverrides();
  const [state, setState] = useState<ApplyState>({ phase: 'idle' });
  const heading = t('ui.sections.triage');

  // The tags the current assessment calls for (with the triager's choices). Computed on every
  // render too, so an applied result that a re-assessment has overtaken is shown as out of date.
  const desiredTags = () => {
    // An unknown request type gives no guidance: its Sev 2 / normal are placeholders, so no
    // severity tag is written and no priority can be an override of it.
    const guidance = priorityGuidance(assessment);
    return triageTags({
      requestType: assessment.requestType,
      owner: overrides.chosenOwner ?? assessment.owner,
      severity: guidance === null ? null : assessment.severity,
      bestEffort: assessment.bestEffort,
      overrides: decideOverrides({
        ticketPriority: ticket.priority,
        suggestedPriority: guidance,
        agentChangedPriority: overrides.agentChangedPriority(),
        chosenOwner: overrides.chosenOwner,
        suggestedOwner: assessment.owner,
        otherMacroInserted: overrides.otherMacroInserted,
        tags: ticket.tags,
      }),
    });
  };

  const apply = async () => {
    setState({ phase: 'busy' });
    try {
      const tags = desiredTags();
      const requestTypeFieldId = await resolveRequestTypeFieldId(requirements);
      const outcome = await applyTriage(client, {
        tags,
        knownTags: ticket.tags,
        requestType: assessment.requestType,
        requestTypeFieldId,
      });
      setState({ phase: 'done', outcome, basis: tags });
    } catch (error) {
      setState({ phase: 'failed', reason: translateError(t, error) });
    }
  };

  const stale = state.phase === 'done' && desiredTags().join(' ') !== state.basis.join(' ');

  return (
    <Section aria-label={heading}>
      <SectionHeading>{heading}</SectionHeading>
      <Stack data-testid="apply-triage">
        <Subtle>{t('ui.applyTriage.explain')}</Subtle>
        {/* The owner the tags record: the suggestion unless the triager picks another. */}
        <div>
          <OwnerOverride suggested={assessment.owner} />
        </div>
        <div>
          <Button
            size="small"
            isPrimary
            aria-busy={state.phase === 'busy'}
            disabled={state.phase === 'busy'}
            onClick={() => void apply()}
          >
            {state.phase === 'busy' ? t('ui.applyTriage.applying') : t('ui.applyTriage.button')}
          </Button>
        </div>
      </Stack>
      <div aria-live="polite">
        {state.phase === 'done' && stale && (
          <Result $tone="neutral" role="status" data-testid="triage-stale">
            {t('ui.applyTriage.stale')}
          </Result>
        )}
        {state.phase === 'done' && !stale && (
          <>
            <Result $tone="success" role="status" data-testid="triage-applied">
              {t('ui.applyTriage.done', { tags: state.outcome.tags.join(', ') })}
            </Result>
            {state.outcome.field.kind === 'set' && (
              <Result $tone="neutral">
                {t('ui.applyTriage.fieldSet', {
                  type: t(`ui.requestTypes.${assessment.requestType}`),
                })}
              </Result>
            )}
            {state.outcome.field.kind === 'kept' && (
              <Result $tone="neutral">
                {t('ui.applyTriage.fieldKept', {
                  type: t(`ui.requestTypes.${state.outcome.field.requestType}`),
                })}
              </Result>
            )}
            {state.outcome.field.kind === 'failed' && (
              <Result $tone="danger">
                {t('ui.applyTriage.fieldFailed', {
                  reason: state.outcome.field.reason ?? t('ui.errors.unknown'),
                })}
              </Result>
            )}
            <Result $tone="neutral">{t('ui.applyTriage.unsaved')}</Result>
          </>
        )}
        {state.phase === 'failed' && (
          <Result $tone="danger" role="alert">
            {t('ui.applyTriage.failed', { reason: state.reason })}
          </Result>
        )}
      </div>
    </Section>
  );
}
