import { Button } from '../look/Button';
import { Alert } from '../look/Alert';
import { useTranslation } from '../i18n';
import { StateMessage } from './StateMessage';

/**
 * The batched ticket read failed: the reason, that the panel reads again by itself (when it
 * will), and a way to try again at once without reloading.
 */
export function TicketReadFailure({
  reason,
  onRetry,
  rereading = false,
}: {
  reason: string | null;
  onRetry: () => void;
  rereading?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <StateMessage type="error" title={t('ui.readError.title')} testId="read-error">
      <Alert.Paragraph>{t('ui.readError.body', { reason: reason ?? t('ui.errors.unknown') })}</Alert.Paragraph>
      {rereading && <Alert.Paragraph>{t('ui.readError.rereading')}</Alert.Paragraph>}
      <Button size="small" onClick={onRetry}>
        {t('ui.readError.retry')}
      </Button>
    </StateMessage>
  );
}
