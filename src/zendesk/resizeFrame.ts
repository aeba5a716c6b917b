import type { ZendeskClient } from './ZendeskClient';

/**
 * Sets the sidebar iframe's height, as Zendesk's scaffold does. A failed resize only leaves the
 * frame at its old height, so errors are swallowed rather than shown.
 */
export async function resizeFrame(client: ZendeskClient, heightPx: number): Promise<void> {
  if (!Number.isFinite(heightPx) || heightPx < 0) return;
  try {
    await client.invoke('resize', { width: '100%', height: `${Math.ceil(heightPx)}px` });
  } catch {
    // The next content change resizes again.
  }
}
