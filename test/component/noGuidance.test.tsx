// F1: when the engine fails on a ticket, or cannot tell its request type, the panel gives no
// priority guidance: the save check lets every save through without a word, and the panel
// says a person decides instead of showing the fallback's Sev 2 as advice.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Rulebook } from '../../src/rules/types';
import { renderApp, findAssessment } from './support/renderApp';
import { OUTAGE, URGENT_HOW_TO, howTo } from './support/sidebarTickets';

const engine = vi.hoisted(() => ({ broken: false }));

// A rulebook whose owner rules cannot even be read makes every assessment fail inside the
// engine, which then answers with its conservative fallback (ruleId engine.error).
vi.mock('../../src/rules/rulebook/loadRulebookAsync', async (importOriginal) => {
  const original =
    await importOriginal<typeof import('../../src/rules/rulebook/loadRulebookAsync')>();
  return {
    loadRulebookAsync: async (...args: Parameters<typeof original.loadRulebookAsync>) => {
      const loaded = await original.loadRulebookAsync(...args);
      if (!engine.broken) return loaded;
      const rulebook = { ...loaded.rulebook } as Rulebook;
      Object.defineProperty(rulebook, 'owner', {
        get() {
          throw new Error('owner rules are unreadable');
        },
      });
      return { ...loaded, rulebook };
    },
  };
});

afterEach(() => {
  engine.broken = false;
});

async function ready(mode: string, state: Record<string, unknown>) {
  const rendered = renderApp({ state, settings: { saveCheckMode: mode } });
  await findAssessment();
  return rendered.fake;
}

const notices = (fake: { calls: { invoke: { name: string }[] } }) =>
  fake.calls.invoke.filter((call) => call.name === 'notify');

/** A ticket the classifier cannot place (request type unknown), filed as urgent. */
const UNCLEAR_URGENT = {
  ...howTo('urgent'),
  'ticket.subject': 'Hello',
  'ticket.description': 'Please call me back.',
};

describe('no guidance, no save check', () => {
  it('engine failure: the panel says a person decides, with no severity or Apply triage', async () => {
    engine.broken = true;
    await ready('block', OUTAGE);
    expect(screen.getByTestId('engine-failure')).toHaveTextContent(
      'The rules could not assess this ticket; a person decides.',
    );
    expect(screen.queryByTestId('severity')).toBeNull();
    expect(screen.queryByText(/Sev 2/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Apply triage' })).toBeNull();
  });

  it('engine failure: block mode lets an urgent save through, without a notice', async () => {
    engine.broken = true;
    const fake = await ready('block', OUTAGE);
    expect(await fake.triggerSave()).toEqual({ allowed: true });
    expect(notices(fake)).toHaveLength(0);
  });

  it('engine failure: warn mode does not warn', async () => {
    engine.broken = true;
    const fake = await ready('warn', URGENT_HOW_TO);
    expect(await fake.triggerSave()).toEqual({ allowed: true });
    expect(notices(fake)).toHaveLength(0);
  });

  it('unknown request type: block mode lets an urgent save through, without a notice', async () => {
    const fake = await ready('block', UNCLEAR_URGENT);
    expect(screen.getByTestId('assessment')).toHaveAttribute('data-request-type', 'unknown');
    expect(await fake.triggerSave()).toEqual({ allowed: true });
    expect(notices(fake)).toHaveLength(0);
  });

  it('unknown request type: the verdict says a person decides, with nothing to set', async () => {
    await ready('block', UNCLEAR_URGENT);
    const verdict = screen.getByTestId('priority-verdict');
    expect(verdict).toHaveAttribute('data-verdict', 'none');
    expect(verdict).toHaveTextContent('Ticket is Urgent · no guidance');
    expect(verdict).toHaveTextContent(
      'The request type is unknown, so a person decides the priority.',
    );
    expect(screen.queryByText(/above the guidance/i)).toBeNull();
    expect(screen.queryByRole('button', { name: /^Set priority to/ })).toBeNull();
  });

  it('unknown request type: no severity, priority or response target shown as advice anywhere', async () => {
    await ready('block', UNCLEAR_URGENT);
    expect(screen.getByTestId('no-guidance')).toHaveTextContent('No guidance: a person decides');
    expect(screen.queryByTestId('severity')).toBeNull();
    expect(screen.queryByTestId('guidance-priority')).toBeNull();
    expect(screen.queryByTestId('first-response')).toBeNull();
    const panel = screen.getByTestId('triage-panel');
    expect(panel).not.toHaveTextContent(/Sev \d/);
    expect(panel).not.toHaveTextContent(/guidance (Low|Normal|High|Urgent)/);
    // Its Why says there is no guidance instead of the placeholder's rules.
    await userEvent.click(screen.getByRole('button', { name: 'Why no severity or priority?' }));
    const why = screen.getByRole('region', { name: 'Why no severity or priority?' });
    expect(why).toHaveTextContent('the rules give no severity or priority: a person decides both');
    expect(why).not.toHaveTextContent(/maps to Zendesk priority/);
  });

  it('unknown request type: Apply triage writes no severity tag and no priority override', async () => {
    const fake = await ready('block', UNCLEAR_URGENT);
    // The agent changes the priority by hand: with no guidance it is no override of anything.
    fake.setTicket({ 'ticket.priority': 'high' });
    fake.emit('ticket.priority.changed', 'high');
    await waitFor(() => expect(screen.getByTestId('ticket-priority')).toHaveTextContent('High'));
    await userEvent.click(screen.getByRole('button', { name: 'Apply triage' }));
    await screen.findByTestId('triage-applied');
    const tags = fake.state['ticket.tags'] as string[];
    expect(tags).toContain('triage_type_unknown');
    expect(tags.filter((tag) => tag.startsWith('triage_sev_'))).toEqual([]);
    expect(tags).not.toContain('triage_override_priority');
    expect(tags).not.toContain('triage_override');
  });

  it('a working engine with a known request type still blocks (the check is not simply off)', async () => {
    const fake = await ready('block', URGENT_HOW_TO);
    expect(screen.queryByTestId('engine-failure')).toBeNull();
    expect((await fake.triggerSave()).allowed).toBe(false);
  });
});
