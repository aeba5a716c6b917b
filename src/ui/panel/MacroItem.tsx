import { useState } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Tag } from '@zendeskgarden/react-tags';
import { insertMacro, type InsertOutcome } from '../../zendesk';
import type { MacroDefinition, Reason } from '../../rules/types';
import { translateError, useTranslation } from '../i18n';
import { useTriageOverrides } from '../TriageOverridesContext';
import { useZendesk } from '../ZendeskContext';
import { Line, Preview, Result, Row } from './styles';
import { WhyDisclosure } from './WhyDisclosure';

type InsertState =
  | { phase: 'idle' }
  | { phase: 'busy' }
  | { phase: 'done'; outcome: InsertOutcome }
  | { phase: 'failed'; reason: string };

const Title = styled(Line)`
  font-weight: ${(p) => p.theme.fontWeights.semibold};
`;

/**
 * One macro: title, a one-line preview, Insert (busy while it runs) and the result. Suggested
 * macros explain themselves under "Why?"; inserting one that was not suggested is an override.
 */
export function MacroItem({
  macro,
  reasons,
  suggested = true,
}: {
  macro: MacroDefinition;
  reasons: Reason[];
  suggested?: boolean;
}) {
  const { t } = useTranslation();
  const { client, catalog } = useZendesk();
  const { noteMacroInserted, noteMacroInsertStarted } = useTriageOverrides();
  const [state, setState] = useState<InsertState>({ phase: 'idle' });

  const insert = async () => {
    setState({ phase: 'busy' });
    // A priority the macro sets is the macro's doing, not the agent's hand override.
    const endInsert = noteMacroInsertStarted();
    try {
      const outcome = await insertMacro(client, catalog, macro);
      endInsert(outcome.kind === 'macro' ? outcome.priorityAfter : undefined);
      noteMacroInserted(suggested);
      setState({ phase: 'done', outcome });
    } catch (error) {
      endInsert(undefined);
      setState({ phase: 'failed', reason: translateError(t, error) });
    }
  };

  const resultText = (outcome: InsertOutcome) => {
    if (outcome.kind === 'macro') return t('ui.macros.applied');
    return outcome.visibility === 'internal'
      ? t('ui.macros.addedInternal')
      : t('ui.macros.addedPublic');
  };

  return (
    <li data-macro={macro.slug}>
      <Title>{macro.title}</Title>
      <Preview title={macro.body}>{macro.body}</Preview>
      <Row>
        <Button
          size="small"
          aria-label={t('ui.macros.insertLabel', { title: macro.title })}
          aria-busy={state.phase === 'busy'}
          disabled={state.phase === 'busy'}
          onClick={() => void insert()}
        >
          {state.phase === 'busy' ? t('ui.macros.inserting') : t('ui.macros.insert')}
        </Button>
        <Tag size="small" hue={macro.visibility === 'internal' ? 'yellow' : 'blue'}>
          {macro.visibility === 'internal' ? t('ui.macros.internal') : t('ui.macros.public')}
        </Tag>
      </Row>
      <div aria-live="polite">
        {state.phase === 'done' && (
          <Result $tone="success" role="status">
            {resultText(state.outcome)}
          </Result>
        )}
        {state.phase === 'failed' && (
          <Result $tone="danger" role="alert">
            {t('ui.macros.failed', { reason: state.reason })}
          </Result>
        )}
      </div>
      {suggested && <WhyDisclosure label={macro.title} reasons={reasons} />}
    </li>
  );
}
