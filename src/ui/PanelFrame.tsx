import { useRef, type ReactNode } from 'react';
import type { ZendeskClient } from '../zendesk';
import { useAutoResize } from './hooks/useAutoResize';
import { useTranslation } from './i18n';
import { PanelMain } from './look/primitives';

type PanelState = 'loading' | 'ready' | 'error' | 'outside';

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
    <PanelMain ref={ref} data-testid="triage-panel" data-state={state} aria-label={t('ui.panel.label')}>
      {children}
    </PanelMain>
  );
}
