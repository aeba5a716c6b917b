import { useTranslation } from '../i18n';
import { DisclosureButton, StatusLine } from '../look/primitives';

/**
 * Whether the assessment on screen is current: "Updating…" while the ticket is read again, and
 * after a failed re-read a plain note that the last assessment is shown, with "Try again".
 */
export function RefreshStatus({
  updating,
  refreshFailed,
  onRetry,
}: {
  updating: boolean;
  refreshFailed: boolean;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  return (
    <StatusLine role="status" data-testid="refresh-status">
      {updating ? (
        <span>{t('ui.panel.updating')}</span>
      ) : (
        refreshFailed && (
          <>
            <span>{t('ui.panel.refreshFailed')}</span>
            <DisclosureButton type="button" onClick={onRetry}>
              {t('ui.panel.refreshRetry')}
            </DisclosureButton>
          </>
        )
      )}
    </StatusLine>
  );
}
