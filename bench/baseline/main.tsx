// The baseline for "time to assessment": the least a Garden sidebar app can do. It loads React,
// the ZAF SDK (from Zendesk's CDN, as the app does in production) and Garden's ThemeProvider, does
// the same handshake and one `get`, shows the ticket subject and sets a mark when it is on screen,
// exactly where the real app sets its own.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';
import type { ZendeskClient } from '../../src/zendesk/ZendeskClient';
import { BASELINE_SHOWN_MARK } from './baselineMark';

function Subject({ client }: { client: ZendeskClient | null }) {
  const [subject, setSubject] = useState<string | null>(null);

  useEffect(() => {
    if (!client) return;
    // The SDK queues the get until the host has answered the handshake.
    client.get('ticket.subject').then(
      (data) => setSubject(String((data as Record<string, unknown>)['ticket.subject'] ?? '')),
      () => setSubject('(could not read the ticket)'),
    );
  }, [client]);

  useEffect(() => {
    if (subject !== null) performance.mark(BASELINE_SHOWN_MARK);
  }, [subject]);

  return (
    <main data-testid="baseline-panel" data-state={subject === null ? 'loading' : 'ready'}>
      {subject ?? 'Loading…'}
    </main>
  );
}

const container = document.getElementById('root');
if (container) {
  const client = window.ZAFClient?.init() || null;
  createRoot(container).render(
    <ThemeProvider theme={DEFAULT_THEME}>
      <Subject client={client} />
    </ThemeProvider>,
  );
}
