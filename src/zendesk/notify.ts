import type { ZendeskClient } from './ZendeskClient';

type NotifyKind = 'notice' | 'alert' | 'error';

/** Shows a Zendesk toast. A toast that cannot be shown must not break the action behind it. */
export async function notify(client: ZendeskClient, message: string, kind: NotifyKind = 'notice'): Promise<void> {
  try {
    await client.invoke('notify', message, kind);
  } catch {
    // Nothing better to do: the panel shows its own result messages too.
  }
}
