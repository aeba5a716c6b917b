import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { useTranslation } from '../i18n';
import { StateMessage } from './StateMessage';

/** The batched ticket read failed: the reason, and a way to try again without reloading. */
export function TicketReadFailure({ reason, onRetry }: { reason: string | null; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <StateMessage type="error" title={t('ui.readError.title')} testId="read-error">
      <Alert.Paragraph>{t('ui.readError.body', { reason: reason ?? t('ui.errors.unknown') })}</Alert.Paragraph>
      <Button size="small" onClick={onRetry}>
        {t('ui.readError.retry')}
      </Button>
    </StateMessage>
  );
}
