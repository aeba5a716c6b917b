import { useEffect, useRef, useState } from 'react';
import {
  insertMacro,
  setReplyType,
  wouldMakeDraftPublic,
  type InsertOutcome,
  type ReplyType,
} from '../../zendesk';
import { fillMacroSlots, slotsIn } from '../../rules/macros/macroSlots';
import type { MacroDefinition } from '../../rules/types';
import { translateError, useTranslation } from '../i18n';
import { useTriageOverrides } from '../TriageOverridesContext';
import { useZendesk } from '../ZendeskContext';
import { clipText, MAX_PREVIEW_CHARS, MAX_TITLE_CHARS } from './displayLimits';
import { useMacroSlotValues } from './MacroSlotsContext';
import { Button } from '../look/Button';
import { Tag } from '../look/Tag';
import { MacroTitle, Preview, Result, Row, Stack } from '../look/primitives';

type InsertState =
  | { phase: 'idle' }
  /** A public reply still has blanks: the agent confirms before it goes into the composer. */
  | { phase: 'confirm' }
  | { phase: 'busy' }
  | { phase: 'done'; outcome: InsertOutcome }
  | { phase: 'failed'; reason: string };

/** The one-click switch offered when the text joined a draft of the other visibility. */
type SwitchState =
  | { phase: 'idle' }
  | { phase: 'busy' }
  | { phase: 'done'; type: ReplyType }
  | { phase: 'failed'; reason: string };

/** The visibility the agent may want to switch to after the text joined their draft, if any. */
function switchTarget(outcome: InsertOutcome): ReplyType | null {
  if (outcome.kind !== 'composer' || outcome.addedTo === 'macro') return null;
  const wanted: ReplyType = outcome.visibility === 'internal' ? 'internalNote' : 'publicReply';
  return outcome.addedTo === wanted ? null : wanted;
}

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
  const title = clipText(macro.title, MAX_TITLE_CHARS);
  const { noteMacroInserted, noteMacroInsertStarted } = useTriageOverrides();
  const slotValues = useMacroSlotValues();
  const [state, setState] = useState<InsertState>({ phase: 'idle' });
  const insertButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  const blankLabel = (name: string) =>
    has(`ui.macros.slots.${name}`) ? t(`ui.macros.slots.${name}`) : name;
  const filled = fillMacroSlots(macro.body, slotValues, (name) => `[${blankLabel(name)}]`);
  const blanks = filled.unfilled.map(blankLabel);
  const preview = clipText(filled.text, MAX_PREVIEW_CHARS);
  // The account's installed macro has neutral, untranslated words: a body with slots or in the
  // agent's language goes into the composer as shown here.
  const composerText =
    slotsIn(macro.body).length > 0 || macro.language !== undefined ? filled.text : undefined;

  // The question takes the focus; cancelling gives it back to Insert (after it re-renders).
  const returnFocus = useRef(false);
  useEffect(() => {
    if (state.phase === 'confirm') confirmButton.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      insertButton.current?.focus();
    }
  }, [state.phase]);
  const [switchState, setSwitchState] = useState<SwitchState>({ phase: 'idle' });
  /** Said before the click: applying the account's macro would make an internal draft public. */
  const [makesPublic, setMakesPublic] = useState(false);

  const checkDraft = () => {
    // Only the account's macro (applied by Zendesk) can switch the draft; text the sidebar writes
    // itself (composerText) keeps the draft's visibility.
    if (macro.visibility !== 'public' || composerText !== undefined) return;
    void wouldMakeDraftPublic(client, catalog, macro).then(setMakesPublic);
  };

  const switchReply = async (type: ReplyType) => {
    setSwitchState({ phase: 'busy' });
    try {
      await setReplyType(client, type);
      setSwitchState({ phase: 'done', type });
    } catch (error) {
      setSwitchState({ phase: 'failed', reason: translateError(t, error) });
    }
  };

  const insert = async () => {
    setState({ phase: 'busy' });
    setSwitchState({ phase: 'idle' });
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
    const target = switchTarget(outcome);
    if (target === 'publicReply') return t('ui.macros.keptInternal');
    if (target === 'internalNote') return t('ui.macros.keptPublic');
    const addedAs = outcome.addedTo === 'macro' ? outcome.visibility : outcome.addedTo;
    return addedAs === 'internal' || addedAs === 'internalNote'
      ? t('ui.macros.addedInternal')
      : t('ui.macros.addedPublic');
  };
  const target = state.phase === 'done' ? switchTarget(state.outcome) : null;

  return (
    <li data-macro={macro.slug}>
      <MacroTitle>{title}</MacroTitle>
      <Preview title={preview} data-testid="macro-preview">
        {preview}
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
          aria-label={t('ui.macros.insertLabel', { title })}
          aria-busy={state.phase === 'busy'}
          disabled={state.phase === 'busy'}
          onMouseEnter={checkDraft}
          onFocus={checkDraft}
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
          aria-label={t('ui.macros.confirmLabel', { title })}
          data-testid="macro-confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') cancel();
          }}
        >
          <Result $tone="danger">
            {t('ui.macros.confirmBlanks', { blanks: blanks.join(', ') })}
          </Result>
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
      {makesPublic && state.phase !== 'done' && (
        <Result $tone="danger" role="note" data-testid="macro-makes-public">
          {t('ui.macros.makesPublic')}
        </Result>
      )}
      <div aria-live="polite">
        {state.phase === 'done' && (
          <Result $tone={target ? 'neutral' : 'success'} role="status">
            {resultText(state.outcome)}
          </Result>
        )}
        {target && switchState.phase !== 'done' && (
          <Button
            size="small"
            isBasic
            disabled={switchState.phase === 'busy'}
            aria-busy={switchState.phase === 'busy'}
            onClick={() => void switchReply(target)}
          >
            {target === 'publicReply'
              ? t('ui.macros.switchToPublic')
              : t('ui.macros.switchToInternal')}
          </Button>
        )}
        {switchState.phase === 'done' && (
          <Result $tone="success" role="status">
            {switchState.type === 'publicReply'
              ? t('ui.macros.switchedPublic')
              : t('ui.macros.switchedInternal')}
          </Result>
        )}
        {switchState.phase === 'failed' && (
          <Result $tone="danger" role="alert">
            {t('ui.macros.switchFailed', { reason: switchState.reason })}
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
