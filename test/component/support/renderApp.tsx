import { act, render, screen } from '@testing-library/react';
import { loadLaterParts } from '../../../src/ui/LaterPart';
import { App } from '../../../src/ui/App';
import { FakeZendeskClient, type FakeZendeskOptions } from '../../fakes/FakeZendeskClient';
import { NOW } from './sidebarTickets';

/** Renders the sidebar against a fake ZAF client, with the sample clock. */
export function renderApp(options: FakeZendeskOptions & { timeoutMs?: number } = {}) {
  const fake = new FakeZendeskClient(options);
  const result = render(
    <App connect={() => fake} timeoutMs={options.timeoutMs ?? 2_000} now={() => NOW} />,
  );
  return { fake, ...result };
}

/** Renders with an existing fake. */
export function renderWith(fake: FakeZendeskClient) {
  return { fake, ...render(<App connect={() => fake} timeoutMs={2_000} now={() => NOW} />) };
}

/**
 * The assessment once the panel is complete: the parts fetched after its first paint (Apply
 * triage, the Whys, the clock …) have landed, and the assessment with the first-response clock
 * has replaced the one painted first.
 */
export async function findAssessment(timeout = 1_000): Promise<HTMLElement> {
  await screen.findByTestId('assessment', {}, { timeout });
  await act(async () => {
    await loadLaterParts();
    if (!vi.isFakeTimers()) await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return screen.getByTestId('assessment');
}
