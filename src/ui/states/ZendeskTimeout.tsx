import { Alert } from '../look/Alert';
import { useTranslation } from '../i18n';
import { StateMessage } from './StateMessage';

/** The host never registered the app within the time limit. */
export function ZendeskTimeout({ seconds }: { seconds: number }) {
  const { t } = useTranslation();
  return (
    <StateMessage type="warning" title={t('ui.timeout.title')} testId="zendesk-timeout">
      <Alert.Paragraph>{t('ui.timeout.body', { seconds })}</Alert.Paragraph>
    </StateMessage>
  );
}
