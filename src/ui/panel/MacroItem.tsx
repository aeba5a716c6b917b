import { useEffect, useRef, useState } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Tag } from '@zendeskgarden/react-tags';
import { insertMacro, type InsertOutcome } from '../../zendesk';
import { fillMacroSlots, slotsIn } from '../../rules/macros/macroSlots';
import type { MacroDefinition } from '../../rules/types';
import { translateError, useTranslation } from '../i18n';
import { useTriageOverrides } from '../TriageOverridesContext';
import { useZendesk } from '../ZendeskContext';
import { useMacroSlotValues } from './MacroSlotsContext';
import { Line, Preview, Result, Row, Stack } from './styles';

type InsertState =
  | { phase: 'idle' }
  /** A public reply still has blanks: the agent confirms before it goes into the composer. */
  | { phase: 'confirm' }
  | { phase: 'busy' }
  | { phase: 'done'; outcome: InsertOutcome }
  | { phase: 'failed'; reason: string };

const Title = styled(Line)`
  font-weight: ${(p) => p.theme.fontWeights.semibold};
`;

/**
 * One macro: title, a one-line preview of the text as it will be inserted (slots filled from the
 * engine's facts, blanks marked), Insert (busy while it runs) and the result. A public reply with
 * a blank asks first. Why the suggested ones were suggested is under "Why" below the actions;
 * inserting one that was not suggested is an override.
 */
export function MacroItem({
  macro,
  suggested = true,
}: {
  macro: MacroDefinition;
  suggested?: boolean;
}) {
  const { t, has } = useTranslation();
  const { client, catalog } = useZendesk();
  const { noteMacroInserted, noteMacroInsertStarted } = useTriageOverrides();
  const slotValues = useMacroSlotValues();
  const [state, setState] = useState<InsertState>({ phase: 'idle' });
  const insertButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  const blankLabel = (name: string) => (has(`ui.macros.slots.${name}`) ? t(`ui.macros.slots.${name}`) : name);
  const filled = fillMacroSlots(macro.body, slotValues, (name) => `[${blankLabel(name)}]`);
  const blanks = filled.unfilled.map(blankLabel);
  // The account's installed macro has neutral, untranslated words: a body with slots or in the
  // agent's language goes into the composer as shown here.
  const composerText = slotsIn(macro.body).length > 0 || macro.language !== undefined ? filled.text : undefined;

  // The question takes the focus; cancelling gives it back to Insert (after it re-renders).
  const returnFocus = useRef(false);
  useEffect(() => {
    if (state.phase === 'confirm') confirmButton.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      insertButton.current?.focus();
    }
  }, [state.phase]);

  const insert = async () => {
    setState({ phase: 'busy' });
    // A priority the macro sets is the macro's doing, not the agent's hand override.
    const endInsert = noteMacroInsertStarted();
    try {
      const outcome = await insertMacro(client, catalog, macro, { text: composerText });
      endInsert(outcome.kind === 'macro' ? outcome.priorityAfter : undefined);
      noteMacroInserted(suggested);
      setState({ phase: 'done', outcome });
    } catch (error) {
      endInsert(undefined);
      setState({ phase: 'failed', reason: translateError(t, error) });
    }
  };

  const requestInsert = () => {
    if (macro.visibility === 'public' && blanks.length > 0) setState({ phase: 'confirm' });
    else void insert();
  };

  const cancel = () => {
    returnFocus.current = true;
    setState({ phase: 'idle' });
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
      <Preview title={filled.text} data-testid="macro-preview">
        {filled.text}
      </Preview>
      {blanks.length > 0 && (
        <Result $tone="neutral" data-testid="macro-blanks">
          {t('ui.macros.blanks', { blanks: blanks.join(', ') })}
        </Result>
      )}
      <Row>
        <Button
          ref={insertButton}
          size="small"
          aria-label={t('ui.macros.insertLabel', { title: macro.title })}
          aria-busy={state.phase === 'busy'}
          disabled={state.phase === 'busy'}
          onClick={requestInsert}
        >
          {state.phase === 'busy' ? t('ui.macros.inserting') : t('ui.macros.insert')}
        </Button>
        <Tag size="small" hue={macro.visibility === 'internal' ? 'yellow' : 'blue'}>
          {macro.visibility === 'internal' ? t('ui.macros.internal') : t('ui.macros.public')}
        </Tag>
      </Row>
      {state.phase === 'confirm' && (
        <Stack
          role="alertdialog"
          aria-label={t('ui.macros.confirmLabel', { title: macro.title })}
          data-testid="macro-confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') cancel();
          }}
        >
          <Result $tone="danger">{t('ui.macros.confirmBlanks', { blanks: blanks.join(', ') })}</Result>
          <Row>
            <Button ref={confirmButton} size="small" onClick={() => void insert()}>
              {t('ui.macros.insertAnyway')}
            </Button>
            <Button size="small" isBasic onClick={cancel}>
              {t('ui.macros.cancel')}
            </Button>
          </Row>
        </Stack>
      )}
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
    </li>
  );
}
