import { Alert } from '../look/Alert';
import { useTranslation } from '../i18n';
import { StateMessage } from './StateMessage';

/** What the error boundary shows: never a blank sidebar. */
export function CrashMessage({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <StateMessage type="error" title={t('ui.crash.title')} testId="crash">
      <Alert.Paragraph>{t('ui.crash.body')}</Alert.Paragraph>
      <Alert.Paragraph>{t('ui.crash.detail', { message })}</Alert.Paragraph>
    </StateMessage>
  );
}
