// zendesk-apps.md §12: requirements.json.
import { describe, expect, it } from 'vitest';
import { errorsIn, expectProblem, problemsAfter } from './helpers/fixturePackage';

const REQUIREMENTS = 'requirements.json';

function withRequirements(requirements: unknown) {
  return problemsAfter(({ writeText }) =>
    writeText(
      REQUIREMENTS,
      typeof requirements === 'string' ? requirements : JSON.stringify(requirements),
    ),
  );
}

const VALID_REQUIREMENTS = {
  macros: {
    triage_escalate: { title: 'Triage: escalate', actions: [{ field: 'priority', value: 'high' }] },
  },
  ticket_fields: { triage_type: { type: 'tagger', title: 'Request type' } },
  user_fields: { triage_role: { type: 'text', title: 'Role', key: 'triage_role' } },
  channel_integrations: { triage_channel: { manifest_url: 'https://example.com/manifest.json' } },
  webhooks: {
    triage_hook: {
      name: 'Triage',
      status: 'active',
      endpoint: 'https://example.com/hook',
      http_method: 'POST',
      request_format: 'json',
    },
  },
  targets: {
    triage_mail: { type: 'email_target', title: 'Mail', email: 'a@example.com', subject: 's' },
  },
  custom_objects_v2: { objects: [{ key: 'triage', title: 'Triage' }], object_fields: [] },
};

describe('requirements.json', () => {
  it('accepts a valid file', () => {
    expect(withRequirements(VALID_REQUIREMENTS)).toEqual([]);
  });

  it('must be valid JSON', () => {
    expectProblem(withRequirements('{"macros": '), {
      file: REQUIREMENTS,
      key: '',
      message: 'is not valid JSON',
    });
  });

  it('rejects duplicate keys', () => {
    const problems = withRequirements('{"macros": {"a": {"title": "A"}, "a": {"title": "B"}}}');
    expectProblem(problems, { file: REQUIREMENTS, key: 'macros.a', message: 'duplicate key' });
  });

  it('must be an object', () => {
    expectProblem(withRequirements([]), {
      file: REQUIREMENTS,
      key: '',
      message: 'must be a JSON object',
    });
  });

  it('rejects unknown requirement types', () => {
    expectProblem(withRequirements({ dashboards: {} }), {
      file: REQUIREMENTS,
      key: 'dashboards',
      message: 'unknown requirement type',
    });
  });

  it('requires each type and entry to be an object', () => {
    const problems = withRequirements({ views: [], macros: { a: 'Escalate' } });
    expectProblem(problems, {
      file: REQUIREMENTS,
      key: 'views',
      message: 'must be an object, found array',
    });
    expectProblem(problems, {
      file: REQUIREMENTS,
      key: 'macros.a',
      message: 'must be an object, found string',
    });
  });

  it('requires a title on ordinary entries', () => {
    expectProblem(withRequirements({ triggers: { t: { conditions: {}, actions: [] } } }), {
      file: REQUIREMENTS,
      key: 'triggers.t.title',
      message: 'is required',
    });
  });

  it.each(['user_fields', 'organization_fields'])('requires a key on %s', (type) => {
    expectProblem(withRequirements({ [type]: { f: { type: 'text', title: 'F' } } }), {
      file: REQUIREMENTS,
      key: `${type}.f.key`,
      message: 'is required',
    });
  });

  it('allows one channel integration, which needs a manifest_url', () => {
    const problems = withRequirements({
      channel_integrations: { a: { manifest_url: 'https://x' }, b: {} },
    });
    expectProblem(problems, {
      file: REQUIREMENTS,
      key: 'channel_integrations',
      message: 'at most one',
    });
    expectProblem(problems, {
      file: REQUIREMENTS,
      key: 'channel_integrations.b.manifest_url',
      message: 'is required',
    });
  });

  it('requires the webhook fields', () => {
    const problems = withRequirements({ webhooks: { w: { name: 'W' } } });
    for (const field of ['status', 'endpoint', 'http_method', 'request_format']) {
      expectProblem(problems, {
        file: REQUIREMENTS,
        key: `webhooks.w.${field}`,
        message: 'is required',
      });
    }
  });

  it.each(['http_target', 'url_target_v2'])('refuses %s targets', (type) => {
    expectProblem(withRequirements({ targets: { t: { type, title: 'T' } } }), {
      file: REQUIREMENTS,
      key: 'targets.t.type',
      message: 'no longer accepted',
    });
  });

  it('allows at most 5,000 entries in total', () => {
    const many = (prefix: string, count: number) =>
      Object.fromEntries(
        Array.from({ length: count }, (_, index) => [`${prefix}${index}`, { title: 'x' }]),
      );
    expect(errorsIn(withRequirements({ macros: many('m', 2500), views: many('v', 2500) }))).toEqual(
      [],
    );
    expectProblem(withRequirements({ macros: many('m', 2500), views: many('v', 2501) }), {
      file: REQUIREMENTS,
      key: '',
      message: 'has 5001 entries; at most 5000',
    });
  });

  it('allows at most 50 custom objects', () => {
    const objects = Array.from({ length: 51 }, (_, index) => ({ key: `o${index}`, title: 'O' }));
    expectProblem(withRequirements({ custom_objects_v2: { objects } }), {
      file: REQUIREMENTS,
      key: 'custom_objects_v2.objects',
      message: 'has 51 objects; at most 50',
    });
    const legacy = Object.fromEntries(objects.map((object) => [object.key, object]));
    expectProblem(withRequirements({ custom_objects: legacy }), {
      file: REQUIREMENTS,
      key: 'custom_objects',
      message: 'has 51 entries; at most 50',
    });
  });

  it('is required in a requirements-only app and refused in a marketing-only one', () => {
    const requirementsOnly = problemsAfter(({ editJson }) =>
      editJson('manifest.json', (manifest) => {
        manifest.requirementsOnly = true;
        delete manifest.location;
        delete manifest.frameworkVersion;
      }),
    );
    expectProblem(requirementsOnly, {
      file: REQUIREMENTS,
      key: '',
      message: 'requirements-only app must have one',
    });

    const marketingOnly = problemsAfter(({ editJson, writeText }) => {
      editJson('manifest.json', (manifest) => void (manifest.marketingOnly = true));
      writeText(REQUIREMENTS, JSON.stringify(VALID_REQUIREMENTS));
    });
    expectProblem(marketingOnly, {
      file: REQUIREMENTS,
      key: '',
      message: 'not allowed in a marketing-only app',
    });
  });
});
