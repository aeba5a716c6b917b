import { describe, expect, it } from 'vitest';
import {
  ALL_TRIAGE_TAGS,
  decideOverrides,
  planTriageTags,
  recordedOwnerOverride,
  triageTags,
  type OverrideEvidence,
  type TriageTagInput,
} from '../../../../src/rules/triage';
import { OWNERS, REQUEST_TYPES, SEVERITIES } from '../../../../src/rules/types';

const NO_OVERRIDES = { priority: false, owner: false, macro: false };
const input = (patch: Partial<TriageTagInput> = {}): TriageTagInput => ({
  requestType: 'bug_report',
  owner: 'cs',
  severity: 2,
  bestEffort: false,
  overrides: NO_OVERRIDES,
  ...patch,
});

describe('triageTags', () => {
  it('writes one owner, one severity and one request type tag', () => {
    expect(triageTags(input())).toEqual(['triage_owner_cs', 'triage_sev_2', 'triage_type_bug_report']);
  });

  it('adds best effort and the override tags, naming each overridden part', () => {
    expect(triageTags(input({ bestEffort: true, overrides: { priority: true, owner: false, macro: true } }))).toEqual([
      'triage_owner_cs',
      'triage_sev_2',
      'triage_type_bug_report',
      'triage_best_effort',
      'triage_override',
      'triage_override_priority',
      'triage_override_macro',
    ]);
  });

  it('only ever writes tags from the documented set', () => {
    for (const owner of OWNERS)
      for (const severity of SEVERITIES)
        for (const requestType of REQUEST_TYPES) {
          const tags = triageTags(input({ owner, severity, requestType, bestEffort: true, overrides: { priority: true, owner: true, macro: true } }));
          for (const tag of tags) expect(ALL_TRIAGE_TAGS.has(tag)).toBe(true);
          expect(new Set(tags).size).toBe(tags.length);
        }
  });
});

describe('planTriageTags', () => {
  it('swaps stale tags of the same family and leaves every other tag alone', () => {
    const current = ['vip', 'triage_sev_0', 'triage_owner_cs', 'triage_override', 'triage_custom', 'triage_type_incident'];
    const desired = ['triage_owner_cs', 'triage_sev_2', 'triage_type_bug_report'];
    expect(planTriageTags(current, desired)).toEqual({
      add: ['triage_sev_2', 'triage_type_bug_report'],
      remove: ['triage_sev_0', 'triage_override', 'triage_type_incident'],
    });
  });

  it('is idempotent: applying the plan and planning again changes nothing', () => {
    const current = ['triage_sev_1', 'other'];
    const desired = triageTags(input({ bestEffort: true }));
    const { add, remove } = planTriageTags(current, desired);
    const after = [...current.filter((tag) => !remove.includes(tag)), ...add];
    expect(planTriageTags(after, desired)).toEqual({ add: [], remove: [] });
  });
});

describe('decideOverrides', () => {
  const evidence = (patch: Partial<OverrideEvidence> = {}): OverrideEvidence => ({
    ticketPriority: 'normal',
    suggestedPriority: 'normal',
    agentChangedPriority: false,
    chosenOwner: null,
    suggestedOwner: 'cs',
    otherMacroInserted: false,
    tags: [],
    ...patch,
  });

  it('finds none when the triager followed every suggestion', () => {
    expect(decideOverrides(evidence())).toEqual(NO_OVERRIDES);
  });

  it('counts a priority only when the agent set it by hand and it differs from the guidance', () => {
    expect(decideOverrides(evidence({ ticketPriority: 'urgent' })).priority).toBe(false);
    expect(decideOverrides(evidence({ ticketPriority: 'urgent', agentChangedPriority: true })).priority).toBe(true);
    expect(decideOverrides(evidence({ ticketPriority: 'normal', agentChangedPriority: true })).priority).toBe(false);
    expect(decideOverrides(evidence({ ticketPriority: null, agentChangedPriority: true })).priority).toBe(false);
  });

  it('keeps a recorded priority override while the priority still differs', () => {
    const tags = ['triage_override', 'triage_override_priority'];
    expect(decideOverrides(evidence({ ticketPriority: 'high', tags })).priority).toBe(true);
    expect(decideOverrides(evidence({ ticketPriority: 'normal', tags })).priority).toBe(false);
  });

  it('counts another owner, and a macro that was not suggested (also when recorded earlier)', () => {
    expect(decideOverrides(evidence({ chosenOwner: 'ce' })).owner).toBe(true);
    expect(decideOverrides(evidence({ chosenOwner: 'cs' })).owner).toBe(false);
    expect(decideOverrides(evidence({ otherMacroInserted: true })).macro).toBe(true);
    expect(decideOverrides(evidence({ tags: ['triage_override_macro'] })).macro).toBe(true);
  });
});

describe('recordedOwnerOverride', () => {
  it('reads the owner an earlier Apply triage recorded as an override', () => {
    expect(recordedOwnerOverride(['triage_owner_ce', 'triage_override_owner'])).toBe('ce');
  });

  it('is null without the override tag, or when the owner tags are ambiguous', () => {
    expect(recordedOwnerOverride(['triage_owner_ce'])).toBeNull();
    expect(recordedOwnerOverride(['triage_override_owner'])).toBeNull();
    expect(recordedOwnerOverride(['triage_owner_ce', 'triage_owner_cs', 'triage_override_owner'])).toBeNull();
  });
});
