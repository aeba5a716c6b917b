import { useRef, type ReactNode } from 'react';
import styled from 'styled-components';
import type { ZendeskClient } from '../zendesk';
import { useAutoResize } from './hooks/useAutoResize';
import { useTranslation } from './i18n';

type PanelState = 'loading' | 'ready' | 'error' | 'outside';

const Main = styled.main`
  box-sizing: border-box;
  padding: ${(p) => p.theme.space.xs} ${(p) => p.theme.space.sm} ${(p) => p.theme.space.sm};
  min-width: 0;
  font-size: ${(p) => p.theme.fontSizes.md};
  line-height: ${(p) => p.theme.lineHeights.md};
`;

/**
 * The panel root every state renders into: `data-state` tells tests (and the curious) where the
 * app is, and the iframe follows its height once connected.
 */
export function PanelFrame({
  state,
  client,
  children,
}: {
  state: PanelState;
  client: ZendeskClient | null;
  children: ReactNode;
}) {
  const ref = useRef<HTMLElement>(null);
  const { t } = useTranslation();
  useAutoResize(ref, client);
  return (
    <Main ref={ref} data-testid="triage-panel" data-state={state} aria-label={t('ui.panel.label')}>
      {children}
    </Main>
  );
}
