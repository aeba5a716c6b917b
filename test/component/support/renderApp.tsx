import { render } from '@testing-library/react';
import { App } from '../../../src/ui/App';
import { FakeZendeskClient, type FakeZendeskOptions } from '../../fakes/FakeZendeskClient';
import { NOW } from './sidebarTickets';

/** Renders the sidebar against a fake ZAF client, with the sample clock. */
export function renderApp(options: FakeZendeskOptions & { timeoutMs?: number } = {}) {
  const fake = new FakeZendeskClient(options);
  const result = render(<App connect={() => fake} timeoutMs={options.timeoutMs ?? 2_000} now={() => NOW} />);
  return { fake, ...result };
}

/** Renders with an existing fake. */
export function renderWith(fake: FakeZendeskClient) {
  return { fake, ...render(<App connect={() => fake} timeoutMs={2_000} now={() => NOW} />) };
}
