import { Alert } from '../look/Alert';
import { useTranslation } from '../i18n';

/**
 * Shown instead of the sections when the engine failed on this ticket: its fallback values
 * (Sev 2, normal, CS) are placeholders, not guidance, so the panel says a person decides.
 */
export function EngineFailureNotice() {
  const { t } = useTranslation();
  return (
    <Alert type="warning" role="note" data-testid="engine-failure">
      <Alert.Paragraph>{t('ui.panel.engineFailed')}</Alert.Paragraph>
    </Alert>
  );
}
