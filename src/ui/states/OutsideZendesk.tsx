import { Alert } from '../look/Alert';
import { useTranslation } from '../i18n';
import { StateMessage } from './StateMessage';

/** index.html opened outside a Zendesk iframe: say where the app belongs instead of a blank page. */
export function OutsideZendesk() {
  const { t } = useTranslation();
  return (
    <StateMessage type="info" title={t('ui.outside.title')} testId="outside-zendesk">
      <Alert.Paragraph>{t('ui.outside.body')}</Alert.Paragraph>
    </StateMessage>
  );
}
