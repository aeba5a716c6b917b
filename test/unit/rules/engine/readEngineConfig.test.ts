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
    ['unknown key', { maxSuggestion: 2 }, '$.maxSuggestion'],
  ])('%s is a problem and keeps the default', (_name, json, path) => {
    const { config, problems } = readEngineConfig(json);
    expect(problems.map((p) => p.path)).toContain(path);
    expect(config.maxSuggestions).toBe(DEFAULT_CONFIG.maxSuggestions);
  });
});
