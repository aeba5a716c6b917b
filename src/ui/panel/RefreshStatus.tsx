import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import { useTranslation } from '../i18n';
import { DisclosureButton } from './styles';

// One line kept free above the ticket at all times, so "Updating…" coming and going never moves
// the panel under the triager's pointer. The skeleton keeps the same line free.
export const StatusLine = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: ${(p) => p.theme.space.xs};
  min-height: ${(p) => p.theme.lineHeights.sm};
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
`;

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
