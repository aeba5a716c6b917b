import { describe, expect, it } from 'vitest';
import {
  NO_PRIORITY_CHANGES,
  priorityChanges,
  type PriorityEvent,
} from '../../../../src/rules/triage';

const after = (...events: PriorityEvent[]) => events.reduce(priorityChanges, NO_PRIORITY_CHANGES);
const read = (priority: 'low' | 'normal' | 'high' | 'urgent' | null): PriorityEvent => ({
  type: 'ticketRead',
  priority,
});

describe('who changed the priority', () => {
  it('the first read is the ticket as it arrived, never a change', () => {
    expect(after(read('urgent')).agentChanged).toBe(false);
    expect(after(read('urgent'), read('urgent')).agentChanged).toBe(false);
  });

  it('a new priority the sidebar did not write is the agent’s', () => {
    expect(after(read('urgent'), read('low')).agentChanged).toBe(true);
    expect(after(read('urgent'), read(null)).agentChanged).toBe(true);
  });

  it('the sidebar’s own Set priority is not the agent’s, but a later change is', () => {
    const set: PriorityEvent = { type: 'sidebarSetStarted', priority: 'normal' };
    expect(after(read('urgent'), set, read('normal')).agentChanged).toBe(false);
    expect(after(read('urgent'), set, read('normal'), read('normal')).agentChanged).toBe(false);
    expect(after(read('urgent'), set, read('normal'), read('high')).agentChanged).toBe(true);
  });

  it('a failed sidebar write leaves no mark that would hide the agent’s own change', () => {
    const failed = after(
      read('urgent'),
      { type: 'sidebarSetStarted', priority: 'normal' },
      { type: 'sidebarSetFailed', priority: 'normal' },
      read('normal'),
    );
    expect(failed.agentChanged).toBe(true);
  });

  it('changes read while a sidebar macro applies are the macro’s; its priority is expected after it', () => {
    const during = after(read('low'), { type: 'macroStarted' }, read('high'));
    expect(during.agentChanged).toBe(false);
    const ended = priorityChanges(during, { type: 'macroEnded', priorityAfter: 'high' });
    expect(ended).toMatchObject({ macrosInFlight: 0, expected: null, agentChanged: false });

    const readLater = after(
      read('low'),
      { type: 'macroStarted' },
      { type: 'macroEnded', priorityAfter: 'high' },
      read('high'),
    );
    expect(readLater.agentChanged).toBe(false);
  });

  it('a macro whose resulting priority is unknown leaves a later change to the agent', () => {
    const unknown = after(
      read('low'),
      { type: 'macroStarted' },
      { type: 'macroEnded', priorityAfter: undefined },
      read('high'),
    );
    expect(unknown.agentChanged).toBe(true);
  });
});
