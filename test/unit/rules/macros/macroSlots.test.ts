// Macros ready to send: named slots filled from the engine's facts, blanks visibly marked, and no
// internal reference or placeholder in any customer-facing text of the default rulebook.
import { DEFAULT_CONFIG } from '../../../../src/rules/defaultConfig';
import { macroSlotValues, ENGINE_SLOTS } from '../../../../src/rules/macros/macroSlotValues';
import { fillMacroSlots, slotsIn } from '../../../../src/rules/macros/macroSlots';
import { assess } from '../../../../src/rules/assess';
import { fromApiTicket } from '../../../../src/rules/normalize/index';
import { DEFAULT_RULEBOOK } from '../../../../src/rules/rulebook/defaultRulebook';
import { localizeRulebook } from '../../../../src/rules/rulebook/localizeRulebook';
import { findIssueLink } from '../../../../src/rules/facts/hasIssueLink';
import { apiTicket, NOW } from '../engine/build';

const macro = (slug: string) => DEFAULT_RULEBOOK.macroLibrary.find((m) => m.slug === slug)!;

function slotsFor(spec: Parameters<typeof apiTicket>[0], locale = 'en') {
  const rulebook = localizeRulebook(DEFAULT_RULEBOOK, locale);
  const ticket = fromApiTicket(apiTicket(spec));
  const assessment = assess(ticket, rulebook, DEFAULT_CONFIG, NOW);
  return { assessment, rulebook, values: macroSlotValues(ticket, assessment, rulebook, DEFAULT_CONFIG, NOW) };
}

describe('fillMacroSlots', () => {
  it('fills known slots and marks the rest, listing each blank once', () => {
    const filled = fillMacroSlots('On {{version}}; {{feature}} and {{ feature }} again.', { version: '4.5.1' });
    expect(filled).toEqual({ text: 'On 4.5.1; [feature] and [feature] again.', unfilled: ['feature'] });
  });

  it('treats a blank value as unfilled and marks with the given words', () => {
    expect(fillMacroSlots('{{component}}', { component: '  ' }, (name) => `<${name}?>`)).toEqual({ text: '<component?>', unfilled: ['component'] });
  });

  it('inserts values once: a value holding slot syntax is not filled again', () => {
    expect(fillMacroSlots('{{a}} {{b}}', { a: '{{b}}', b: 'x' }).text).toBe('{{b}} x');
  });

  it('reads no slot from an object prototype key', () => {
    expect(fillMacroSlots('{{constructor}}', {}).unfilled).toEqual(['constructor']);
  });
});

describe('macroSlotValues', () => {
  it('names the unsupported component and its supported alternative for Docker Swarm', () => {
    const { assessment, values } = slotsFor({ subject: 'Frontend crashes on Docker Swarm', description: 'We deploy with docker stack deploy on a Docker Swarm cluster and the frontend restarts.' });
    expect(assessment.macros).toContain('be-unsupported-platform');
    const filled = fillMacroSlots(macro('be-unsupported-platform').body, values);
    expect(filled.unfilled).toEqual([]);
    expect(filled.text).toContain('Docker Swarm isn\'t supported');
    expect(filled.text).toContain('Docker Compose on a single host');
  });

  it('fills the same slots in German from the German rulebook', () => {
    const { rulebook, values } = slotsFor({ subject: 'Frontend crashes on Docker Swarm', description: 'We deploy with docker stack deploy on a Docker Swarm cluster.' }, 'de-DE');
    const body = rulebook.macroLibrary.find((m) => m.slug === 'be-unsupported-platform')!.body;
    const filled = fillMacroSlots(body, values);
    expect(filled.unfilled).toEqual([]);
    expect(filled.text).toContain('Docker Compose auf einem einzelnen Host');
  });

  it('gives the version, the current major and N-1 for an old instance', () => {
    const { assessment, values } = slotsFor({ subject: 'Search broken after restart', description: 'We are on Sourcegraph 4.2.1 and search returns errors for everyone since this morning.' });
    expect(assessment.flags).toContain('best-effort:unsupported-version');
    const filled = fillMacroSlots(macro('upgrade-below-n-1').body, values);
    expect(filled.unfilled).toEqual([]);
    expect(filled.text).toContain('Your instance is on 4.2.1');
    expect(filled.text).toContain(`at least ${DEFAULT_CONFIG.currentMajorVersion - 1}.0`);
  });

  it('takes the first issue-tracker link from the text', () => {
    expect(findIssueLink('Filed as https://github.com/acme/app/issues/42. Thanks')).toBe('https://github.com/acme/app/issues/42');
    expect(findIssueLink('see (https://acme.atlassian.net/browse/OPS-7)')).toBe('https://acme.atlassian.net/browse/OPS-7');
    expect(findIssueLink('https://github.com/acme/app is our repo')).toBeNull();
  });

  it('leaves what the engine cannot know for the agent', () => {
    const { values } = slotsFor({ subject: 'Question', description: 'How do I add a code host?' });
    const filled = fillMacroSlots(macro('beta-outside-sla').body, values);
    expect(filled.unfilled).toEqual(['feature']);
  });
});

describe('the default macros', () => {
  const german = localizeRulebook(DEFAULT_RULEBOOK, 'de');
  const all = [...DEFAULT_RULEBOOK.macroLibrary, ...german.macroLibrary];

  it('carry no handbook reference or bracket placeholder in any language', () => {
    for (const m of all) {
      for (const text of [m.title, m.body, m.accountBody ?? '']) {
        expect(text, m.slug).not.toMatch(/§|\[[^\]]*\]/);
      }
    }
  });

  it('use slots the engine fills, except the ones an agent must write', () => {
    const agentWrites = new Set(['feature', 'capability', 'workaroundSteps', 'reason', 'owner', 'context', 'debugging', 'links', 'lastStep', 'nextStep']);
    for (const m of all) {
      for (const slot of slotsIn(m.body)) {
        expect((ENGINE_SLOTS as readonly string[]).includes(slot) || agentWrites.has(slot), `${m.slug}: ${slot}`).toBe(true);
      }
    }
  });

  it('have an account text without slots for every body with slots, in every language', () => {
    for (const m of all) {
      if (slotsIn(m.body).length === 0) continue;
      expect(m.accountBody, m.slug).toBeTruthy();
      expect(slotsIn(m.accountBody ?? ''), m.slug).toEqual([]);
    }
  });
});
