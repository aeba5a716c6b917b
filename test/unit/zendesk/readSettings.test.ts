import { describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json';
import { DEFAULT_CONFIG } from '../../../src/rules/defaultConfig';
import { readEngineConfig } from '../../../src/rules/readEngineConfig';
import { createTranslator } from '../../../src/ui/i18n/createTranslator';
import { loadLaterEnglish } from '../../../src/ui/i18n/loadLaterEnglish';
import { readSettings, SETTING_DEFAULTS } from '../../../src/zendesk/readSettings';

describe('readSettings', () => {
  it('uses the manifest defaults when there are no settings', () => {
    for (const metadata of [{}, { settings: {} }, null, undefined, { settings: 'nonsense' }]) {
      const settings = readSettings(metadata as never);
      expect(settings.config).toEqual(DEFAULT_CONFIG);
      expect(settings.saveCheckMode).toBe('warn');
      expect(settings.rulebookOverride).toBeUndefined();
      expect(settings.customFieldIds).toEqual([]);
      expect(settings.problems).toEqual([]);
    }
  });

  it("keeps in step with the engine's DEFAULT_CONFIG and the manifest's parameter defaults", () => {
    expect(readSettings({}).config).toEqual(DEFAULT_CONFIG);
    const manifestDefaults = Object.fromEntries(
      manifest.parameters.filter((parameter) => 'default' in parameter).map((parameter) => [parameter.name, parameter.default]),
    );
    expect(manifestDefaults).toEqual(SETTING_DEFAULTS);
  });

  it('maps every parameter, custom field first and organization field after', () => {
    const settings = readSettings({
      settings: {
        requestTypeFieldId: '360001',
        deploymentFieldId: 360002,
        productVersionFieldId: ' 360003 ',
        planOrganizationField: 'plan',
        deploymentOrganizationField: 'hosting',
        assignedCeOrganizationField: 'ta_name',
        currentMajorVersion: '7',
        maxSuggestions: 5,
        scheduleTimeZone: 'Europe/Berlin',
        holidays: '2026-12-25, 2026-12-24\n2026-12-31',
        saveCheckMode: 'Block',
        rulebookOverride: '{"version":1}',
      },
    });
    expect(settings.config).toEqual({
      requestType: [{ from: 'custom_field', id: '360001' }],
      plan: [{ from: 'organization_field', key: 'plan' }],
      deployment: [
        { from: 'custom_field', id: '360002' },
        { from: 'organization_field', key: 'hosting' },
      ],
      productVersion: [{ from: 'custom_field', id: '360003' }],
      assignedCe: [{ from: 'organization_field', key: 'ta_name' }],
      currentMajorVersion: 7,
      maxSuggestions: 5,
      scheduleTimeZone: 'Europe/Berlin',
      holidays: ['2026-12-24', '2026-12-25', '2026-12-31'],
    });
    expect(settings.saveCheckMode).toBe('block');
    expect(settings.rulebookOverride).toBe('{"version":1}');
    expect(settings.customFieldIds).toEqual(['360001', '360002', '360003']);
    expect(settings.problems).toEqual([]);
  });

  it('treats blanks as unset', () => {
    const settings = readSettings({
      settings: { requestTypeFieldId: '', planOrganizationField: '  ', maxSuggestions: '', rulebookOverride: '  \n' },
    });
    expect(settings.config.requestType).toEqual([]);
    expect(settings.config.plan).toEqual([{ from: 'organization_field', key: 'support_plan' }]);
    expect(settings.config.maxSuggestions).toBe(3);
    expect(settings.rulebookOverride).toBeUndefined();
    expect(settings.problems).toEqual([]);
  });

  it('falls back to defaults with one problem per unusable value', () => {
    const settings = readSettings({
      settings: {
        requestTypeFieldId: 'custom_field_12',
        planOrganizationField: 'support plan!',
        currentMajorVersion: 'six',
        maxSuggestions: 2.5,
        saveCheckMode: 'strict',
        deploymentFieldId: true,
        rulebookOverride: { version: 1 },
      },
    });
    expect(settings.config.requestType).toEqual([]);
    expect(settings.config.plan).toEqual([{ from: 'organization_field', key: 'support_plan' }]);
    expect(settings.config.currentMajorVersion).toBe(6);
    expect(settings.config.maxSuggestions).toBe(3);
    expect(settings.saveCheckMode).toBe('warn');
    expect(settings.customFieldIds).toEqual([]);
    expect(settings.problems).toHaveLength(7);
    for (const name of ['requestTypeFieldId', 'planOrganizationField', 'currentMajorVersion', 'maxSuggestions', 'saveCheckMode', 'deploymentFieldId', 'rulebookOverride']) {
      expect(settings.problems.some((problem) => problem.message.includes(`"${name}"`))).toBe(true);
    }
  });

  it('words every problem as a translation key whose English is the console message', async () => {
    // The configuration notices say them: their English words come with the later parts.
    await loadLaterEnglish();
    const settings = readSettings({
      settings: {
        requestTypeFieldId: 'Request type',
        planOrganizationField: 'support plan',
        planOrganizationTagPrefix: 'plan tier',
        currentMajorVersion: 'six',
        maxSuggestions: '25',
        saveCheckMode: 'strict',
        deploymentFieldId: { id: 1 },
        rulebookOverride: { version: 1 },
      },
    });
    expect(settings.problems).toHaveLength(8);
    const english = createTranslator('en');
    for (const problem of settings.problems) {
      expect(problem.key).toMatch(/^ui\.settings\.problems\./);
      expect(english(problem.key, problem.vars)).toBe(problem.message);
    }
  });

  it('rejects out-of-range numbers', () => {
    const settings = readSettings({ settings: { maxSuggestions: 0, currentMajorVersion: -1 } });
    expect(settings.config.maxSuggestions).toBe(3);
    expect(settings.config.currentMajorVersion).toBe(6);
    expect(settings.problems).toHaveLength(2);
  });

  it('reads the plan and the assigned CE from organization tags after the organization field', () => {
    const settings = readSettings({ settings: { planOrganizationTagPrefix: 'plan_', assignedCeOrganizationTagPrefix: ' ce_ ' } });
    expect(settings.config.plan).toEqual([
      { from: 'organization_field', key: 'support_plan' },
      { from: 'organization_tag_prefix', prefix: 'plan_' },
    ]);
    expect(settings.config.assignedCe).toEqual([
      { from: 'organization_field', key: 'customer_engineer' },
      { from: 'organization_tag_prefix', prefix: 'ce_' },
    ]);
    expect(settings.problems).toEqual([]);
    const bad = readSettings({ settings: { planOrganizationTagPrefix: 'plan tier' } });
    expect(bad.config.plan).toEqual(DEFAULT_CONFIG.plan);
    expect(bad.problems.map((problem) => problem.message)).toEqual([
      'Setting "planOrganizationTagPrefix" must be the start of a tag (no spaces or commas); got "plan tier", so it is ignored.',
    ]);
    expect(bad.problems[0]).toMatchObject({ key: 'ui.settings.problems.tagPrefix', vars: { name: 'planOrganizationTagPrefix', value: 'plan tier' } });
  });

  it('accepts exactly the numbers the dry run accepts', () => {
    for (const name of ['maxSuggestions', 'currentMajorVersion'] as const) {
      for (const value of [-1, 0, 1, 2, 10, 11, 20, 1000, 1001, 2.5]) {
        const sidebar = readSettings({ settings: { [name]: value } });
        const dryRun = readEngineConfig({ [name]: value });
        expect(sidebar.problems.length === 0, `${name} ${value}`).toBe(dryRun.problems.length === 0);
        expect(sidebar.config[name], `${name} ${value}`).toBe(dryRun.config[name]);
      }
    }
  });

  it('gives the config that the documented --config file gives the dry run', () => {
    // docs/admin.md: the settings requestTypeFieldId 360001234567, deploymentFieldId 360007654321,
    // maxSuggestions 2, as a dry-run configuration.
    const sidebar = readSettings({ settings: { requestTypeFieldId: '360001234567', deploymentFieldId: 360007654321, maxSuggestions: '2' } });
    const dryRun = readEngineConfig({
      requestType: [{ from: 'custom_field', id: '360001234567' }],
      deployment: [
        { from: 'custom_field', id: '360007654321' },
        { from: 'organization_field', key: 'deployment' },
      ],
      maxSuggestions: 2,
    });
    expect(dryRun.problems).toEqual([]);
    expect(sidebar.config).toEqual(dryRun.config);
  });

  it('lists a custom field used twice once', () => {
    const settings = readSettings({ settings: { requestTypeFieldId: '42', deploymentFieldId: '42' } });
    expect(settings.customFieldIds).toEqual(['42']);
  });

  it('reads the saveOverrideNote checkbox, as a boolean or its words, and reports anything else', () => {
    expect(readSettings({ settings: {} } as never).saveOverrideNote).toBe(false);
    expect(readSettings({ settings: { saveOverrideNote: true } } as never).saveOverrideNote).toBe(true);
    expect(readSettings({ settings: { saveOverrideNote: 'true' } } as never).saveOverrideNote).toBe(true);
    const odd = readSettings({ settings: { saveOverrideNote: 'sometimes' } } as never);
    expect(odd.saveOverrideNote).toBe(false);
    expect(odd.problems.map((problem) => problem.key)).toContain('ui.settings.problems.saveOverrideNote');
  });
});
