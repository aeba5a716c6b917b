import { CONFIG_LIMITS } from '../../../../src/rules/configLimits';
import { DEFAULT_CONFIG } from '../../../../src/rules/defaultConfig';
import { readEngineConfig } from '../../../../src/rules/readEngineConfig';

describe('readEngineConfig', () => {
  it('lays the given keys over the defaults', () => {
    const { config, problems } = readEngineConfig({ maxSuggestions: 5, plan: [{ from: 'custom_field', id: 360001 }] });
    expect(problems).toEqual([]);
    expect(config).toEqual({ ...DEFAULT_CONFIG, maxSuggestions: 5, plan: [{ from: 'custom_field', id: '360001' }] });
  });

  it.each<[string, unknown, string]>([
    ['not an object', [1], '$'],
    ['sources not a list', { plan: 'support_plan' }, '$.plan'],
    ['unknown source kind', { deployment: [{ from: 'ldap' }] }, '$.deployment[0].from'],
    ['source without its key', { assignedCe: [{ from: 'organization_field' }] }, '$.assignedCe[0]'],
    ['bad major version', { currentMajorVersion: '6' }, '$.currentMajorVersion'],
    ['suggestion limit out of range', { maxSuggestions: -1 }, '$.maxSuggestions'],
    ['no suggestions at all', { maxSuggestions: 0 }, '$.maxSuggestions'],
    ['suggestion limit above the sidebar setting', { maxSuggestions: 11 }, '$.maxSuggestions'],
    ['major version above the sidebar setting', { currentMajorVersion: 1001 }, '$.currentMajorVersion'],
    ['ticket field id that is not a number', { requestType: [{ from: 'custom_field', id: 'custom_field_12' }] }, '$.requestType[0]'],
    ['organization field key with a space', { plan: [{ from: 'organization_field', key: 'support plan' }] }, '$.plan[0]'],
    ['tag prefix with a space', { plan: [{ from: 'organization_tag_prefix', prefix: 'plan x' }] }, '$.plan[0]'],
    ['unknown key', { maxSuggestion: 2 }, '$.maxSuggestion'],
  ])('%s is a problem and keeps the default', (_name, json, path) => {
    const { config, problems } = readEngineConfig(json);
    expect(problems.map((p) => p.path)).toContain(path);
    expect(config.maxSuggestions).toBe(DEFAULT_CONFIG.maxSuggestions);
  });

  it('accepts the ends of each range in CONFIG_LIMITS, as the sidebar settings do', () => {
    for (const key of ['maxSuggestions', 'currentMajorVersion'] as const) {
      for (const value of [CONFIG_LIMITS[key].min, CONFIG_LIMITS[key].max]) {
        const { config, problems } = readEngineConfig({ [key]: value });
        expect(problems).toEqual([]);
        expect(config[key]).toBe(value);
      }
    }
    expect(CONFIG_LIMITS.maxSuggestions).toEqual({ min: 1, max: 10 });
  });

  it('reads organization tags for the plan and the assigned CE', () => {
    const { config, problems } = readEngineConfig({
      plan: [{ from: 'organization_tag_prefix', prefix: 'plan_' }],
      assignedCe: [{ from: 'organization_tag_prefix', prefix: 'ce_' }],
    });
    expect(problems).toEqual([]);
    expect(config.plan).toEqual([{ from: 'organization_tag_prefix', prefix: 'plan_' }]);
    expect(config.assignedCe).toEqual([{ from: 'organization_tag_prefix', prefix: 'ce_' }]);
  });
});
