import { useTranslation } from '../i18n';
import { ReasonList, WarningDetails } from '../look/primitives';

/** Input problems the engine worked around: discreet, collapsed, for the curious. */
export function InputWarnings({ warnings }: { warnings: string[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <WarningDetails data-testid="input-warnings">
      <summary>{t('ui.warnings.summary', { count: warnings.length })}</summary>
      <ReasonList>
        {warnings.map((warning, index) => (
          <li key={index}>{warning}</li>
        ))}
      </ReasonList>
    </WarningDetails>
  );
}
