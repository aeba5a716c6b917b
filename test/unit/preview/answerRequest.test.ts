// The preview's macros API: cursor pagination like Zendesk's, 429s with Retry-After, failures.
import { answerRequest } from '../../../preview/host/answerRequest';
import { DEFAULT_FAULTS, type Faults } from '../../../preview/host/Faults';
import { FIXTURE_MACROS } from '../../../preview/host/fixtureMacros';

const faults = (patch: Partial<Faults> = {}): Faults => ({ ...structuredClone(DEFAULT_FAULTS), ...patch });

type Page = { macros: { id: number; title: string }[]; meta: { has_more: boolean; after_cursor: string | null }; links: { next: string | null } };

function page(url: string, patch: Partial<Faults> = {}): Page {
  const { answer } = answerRequest({ url, type: 'GET' }, faults(patch));
  expect(answer.outcome).toBe('done');
  return answer.responseArgs[0] as Page;
}

describe('answerRequest', () => {
  it('walks every macro exactly once by following links.next', () => {
    const seen: number[] = [];
    let url: string | null = '/api/v2/macros?active=true&page[size]=4';
    let pages = 0;
    while (url) {
      const body = page(url);
      seen.push(...body.macros.map((macro) => macro.id));
      expect(body.meta.has_more).toBe(body.links.next !== null);
      url = body.links.next;
      pages += 1;
    }
    expect(pages).toBe(Math.ceil(FIXTURE_MACROS.length / 4));
    expect(seen).toEqual(FIXTURE_MACROS.map((macro) => macro.id));
  });

  it('caps the page size with the macrosPageSize knob', () => {
    expect(page('/api/v2/macros?page[size]=100', { macrosPageSize: 5 }).macros).toHaveLength(5);
  });

  it('leaves out macros the account is missing', () => {
    const titles = page('/api/v2/macros?active=true', { missingMacros: ['ce-feature-request'] }).macros.map((macro) => macro.title);
    expect(titles).not.toContain('Triage::Feature request');
    expect(titles).toContain('Triage::Licensing or renewal question');
  });

  it('answers 429 with Retry-After while rate limited', () => {
    const { answer, consumedRateLimit } = answerRequest('/api/v2/macros?active=true', faults({ rateLimitNext: 1, retryAfterSeconds: 3 }));
    expect(consumedRateLimit).toBe(true);
    expect(answer.outcome).toBe('fail');
    expect(answer.responseArgs[0]).toMatchObject({ status: 429, headers: { 'Retry-After': '3' } });
  });

  it('fails with 500 when requests fail, and 404 for unknown endpoints', () => {
    expect(answerRequest('/api/v2/macros?active=true', faults({ requestFails: true })).answer.responseArgs[0]).toMatchObject({ status: 500 });
    expect(answerRequest('/api/v2/users/me', faults()).answer.responseArgs[0]).toMatchObject({ status: 404 });
  });

  it('lists the installed requirements: the policy macros by identifier and the Request type field', () => {
    const { answer } = answerRequest('/api/v2/apps/installations/1/requirements', faults({ missingMacros: ['ce-feature-request'] }));
    expect(answer.outcome).toBe('done');
    const { requirements } = answer.responseArgs[0] as { requirements: { identifier: string; requirement_id: number; requirement_type: string }[] };
    const licensing = FIXTURE_MACROS.find((macro) => macro.slug === 'ce-licensing-renewal')!;
    expect(requirements).toContainEqual(expect.objectContaining({ identifier: 'ce_licensing_renewal', requirement_id: licensing.id, requirement_type: 'macros' }));
    expect(requirements).toContainEqual(expect.objectContaining({ identifier: 'triage_request_type', requirement_type: 'ticket_fields' }));
    expect(requirements.map((item) => item.identifier)).not.toContain('ce_feature_request');
  });

  it('answers the requirements list with 404 when the noRequirements knob is on, as local zcli does', () => {
    const { answer } = answerRequest('/api/v2/apps/installations/1/requirements', faults({ noRequirements: true }));
    expect(answer.responseArgs[0]).toMatchObject({ status: 404 });
  });
});
