// requirements.json is generated from the rulebook's macro library (npm run requirements): these
// tests fail when the committed file drifts from it, and run it through the offline validator.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildRequirements,
  type Requirements,
} from '../../../scripts/requirements/buildRequirements';
import {
  generateRequirementsText,
  readRequestTypeLabels,
  REQUIREMENTS_PATH,
} from '../../../scripts/requirements/generateRequirements';
import { DEFAULT_RULEBOOK } from '../../../src/rules/rulebook/defaultRulebook';
import { REQUEST_TYPES, type MacroDefinition } from '../../../src/rules/types';
import { errorsIn, expectProblem, problemsAfter } from '../validate/helpers/fixturePackage';

const committedText = readFileSync(REQUIREMENTS_PATH, 'utf8');
const committed = JSON.parse(committedText) as Requirements;

const actionsOf = (identifier: string) => {
  const macro = committed.macros[identifier];
  if (!macro) throw new Error(`requirements.json has no macros.${identifier}`);
  return Object.fromEntries(macro.actions.map((action) => [action.field, action.value]));
};

describe('requirements.json', () => {
  it('is exactly what npm run requirements generates from the rulebook', () => {
    // On failure: run `npm run requirements` and commit the result.
    expect(committedText).toBe(generateRequirementsText());
  });

  it('installs one Triage:: macro per macro of the library, with its account text and visibility', () => {
    const library = DEFAULT_RULEBOOK.macroLibrary;
    expect(library.length).toBeGreaterThanOrEqual(25);
    expect(Object.keys(committed.macros)).toHaveLength(library.length);
    for (const macro of library) {
      const identifier = macro.slug.replaceAll('-', '_');
      expect(committed.macros[identifier]?.title).toBe(`Triage::${macro.title}`);
      const actions = actionsOf(identifier);
      expect(actions.comment_value).toBe(macro.accountBody ?? macro.body);
      expect(actions.comment_mode_is_public).toBe(macro.visibility === 'public' ? 'true' : 'false');
    }
  });

  it('gives every macro a distinct title, so the title fallback finds exactly one', () => {
    const titles = Object.values(committed.macros).map((macro) => macro.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('installs no slot syntax, handbook reference or bracket placeholder that Zendesk would send as it is', () => {
    for (const macro of Object.values(committed.macros)) {
      const text = macro.actions.find((action) => action.field === 'comment_value')?.value ?? '';
      expect(text).not.toMatch(/\{\{|\}\}|§|\[[^\]]*\]/);
    }
  });

  it('installs the neutral account text of a body with slots (the sidebar fills the slots itself)', () => {
    const macro = DEFAULT_RULEBOOK.macroLibrary.find((candidate) => candidate.slug === 'be-unsupported-platform');
    expect(macro?.body).toContain('{{supportedAlternative}}');
    expect(actionsOf('be_unsupported_platform').comment_value).toBe(macro?.accountBody);
  });

  it('sets the status and tags only where the policy says so', () => {
    expect(actionsOf('defect_filed_on_hold')).toMatchObject({ status: 'hold' });
    expect(actionsOf('no_action_for_cs')).toMatchObject({
      status: 'solved',
      current_tags: 'no-action-for-cs',
      comment_mode_is_public: 'false',
    });
    // "keep the status unchanged" (§16 case-transition-note)
    expect(actionsOf('case_transition_note').status).toBeUndefined();
    const withStatus = Object.keys(committed.macros).filter(
      (identifier) => actionsOf(identifier).status !== undefined,
    );
    expect(withStatus.sort()).toEqual(['defect_filed_on_hold', 'no_action_for_cs']);
  });

  it('adds a rulebook macro tags with current_tags, never replacing the ticket tags', () => {
    const tagged: MacroDefinition = {
      slug: 'x-y',
      title: 'X',
      visibility: 'internal',
      body: 'b',
      tags: ['one', 'two'],
    };
    const actions = buildRequirements([tagged], readRequestTypeLabels()).macros.x_y?.actions;
    expect(actions).toContainEqual({ field: 'current_tags', value: 'one two' });
    expect(actions?.some((action) => action.field === 'set_tags')).toBe(false);
  });

  it('creates a Request type drop-down whose options are the request types', () => {
    const field = committed.ticket_fields.triage_request_type;
    expect(field).toMatchObject({ type: 'tagger', title: 'Request type' });
    expect(field?.custom_field_options.map((option) => option.value)).toEqual(
      REQUEST_TYPES.map((requestType) => `triage_type_${requestType}`),
    );
    expect(field?.custom_field_options[0]).toEqual({
      name: 'Feature request',
      value: 'triage_type_feature_request',
    });
    const names = field?.custom_field_options.map((option) => option.name) ?? [];
    expect(new Set(names).size).toBe(REQUEST_TYPES.length);
  });
});

describe('requirements.json in the offline validator', () => {
  const withRequirements = (text: string) =>
    errorsIn(problemsAfter(({ writeText }) => writeText('requirements.json', text)));

  it('accepts the package with the generated file', () => {
    expect(withRequirements(committedText)).toEqual([]);
  });

  it('rejects a macro without a title', () => {
    const broken = structuredClone(committed) as unknown as Record<string, Record<string, object>>;
    const { title: _title, ...untitled } = committed.macros.no_action_for_cs ?? {};
    broken.macros = { ...broken.macros, no_action_for_cs: untitled };
    expectProblem(withRequirements(JSON.stringify(broken)), {
      file: 'requirements.json',
      key: 'macros.no_action_for_cs.title',
      message: 'is required',
    });
  });

  it('rejects more than 5,000 requirements', () => {
    const macros = { ...committed.macros } as Record<string, unknown>;
    const fieldCount = Object.keys(committed.ticket_fields).length;
    for (let index = Object.keys(macros).length + fieldCount; index <= 5000; index += 1) {
      macros[`extra_${index}`] = { title: `Triage::Extra ${index}`, actions: [] };
    }
    expectProblem(withRequirements(JSON.stringify({ ...committed, macros })), {
      file: 'requirements.json',
      key: '',
      message: 'has 5001 entries; at most 5000',
    });
  });

  it('rejects a requirement of the wrong type', () => {
    const problems = withRequirements(
      JSON.stringify({
        ...committed,
        ticket_fields: [committed.ticket_fields.triage_request_type],
      }),
    );
    expectProblem(problems, {
      file: 'requirements.json',
      key: 'ticket_fields',
      message: 'must be an object, found array',
    });
    const stringMacro = {
      ...committed,
      macros: { ...committed.macros, no_action_for_cs: 'Triage::No action' },
    };
    expectProblem(withRequirements(JSON.stringify(stringMacro)), {
      file: 'requirements.json',
      key: 'macros.no_action_for_cs',
      message: 'must be an object, found string',
    });
  });

  it('rejects an unknown requirement type', () => {
    expectProblem(withRequirements(JSON.stringify({ ...committed, ticket_forms: {} })), {
      file: 'requirements.json',
      key: 'ticket_forms',
      message: 'unknown requirement type',
    });
  });
});
