import { useContext, useMemo } from 'react';
import type { Reason } from '../../rules/types';
import { useTranslation } from '../i18n';
import { reasonDescriber } from './describeReason';
import { ReasonTextContext } from './ReasonTextContext';

const engineSentence = (reason: Reason) => reason.text;

/**
 * How a reason reads in the agent's language (describeReason) for the panel the caller is in;
 * outside one, the engine's own sentence.
 */
export function useReasonText(): (reason: Reason) => string {
  const source = useContext(ReasonTextContext);
  const { t, locale } = useTranslation();
  return useMemo(
    () => (source ? reasonDescriber(source.assessment, source.rulebook, t, locale) : engineSentence),
    [source, t, locale],
  );
}
