// One pagination reader for every list the app pages through (macros, requirements): cursor
// and offset, made relative, and never off the allowed path.
import { describe, expect, it } from 'vitest';
import { nextPageUrl } from '../../../src/zendesk/nextPageUrl';

const MACROS = '/api/v2/macros/active';
const REQUIREMENTS = '/api/v2/apps/installations/';

describe('nextPageUrl', () => {
  it('follows a cursor page (meta.has_more with links.next), made relative', () => {
    const body = {
      meta: { has_more: true, after_cursor: 'abc' },
      links: {
        next: 'https://acme.zendesk.com/api/v2/macros/active?page%5Bafter%5D=abc&page%5Bsize%5D=100',
      },
    };
    expect(nextPageUrl(body, MACROS)).toBe(
      '/api/v2/macros/active?page%5Bafter%5D=abc&page%5Bsize%5D=100',
    );
  });

  it('stops on the last cursor page, whatever links.next says', () => {
    expect(
      nextPageUrl(
        { meta: { has_more: false }, links: { next: '/api/v2/macros/active?page%5Bafter%5D=x' } },
        MACROS,
      ),
    ).toBeNull();
    expect(nextPageUrl({ meta: { has_more: true }, links: { next: null } }, MACROS)).toBeNull();
  });

  it('follows an offset page (next_page), for both lists', () => {
    expect(
      nextPageUrl({ next_page: 'https://acme.zendesk.com/api/v2/macros/active?page=2' }, MACROS),
    ).toBe('/api/v2/macros/active?page=2');
    expect(
      nextPageUrl(
        { next_page: 'https://acme.zendesk.com/api/v2/apps/installations/7/requirements?page=2' },
        REQUIREMENTS,
      ),
    ).toBe('/api/v2/apps/installations/7/requirements?page=2');
    expect(nextPageUrl({ next_page: null }, MACROS)).toBeNull();
  });

  it('keeps a foreign host off the request: only the path on the agent’s own account is used', () => {
    expect(
      nextPageUrl({ links: { next: 'https://evil.example/api/v2/macros/active?page=2' } }, MACROS),
    ).toBe('/api/v2/macros/active?page=2');
    expect(nextPageUrl({ next_page: '//evil.example/api/v2/macros/active?page=3' }, MACROS)).toBe(
      '/api/v2/macros/active?page=3',
    );
  });

  it('stops at a link outside the allowed path, also one that climbs out with ..', () => {
    expect(
      nextPageUrl({ next_page: 'https://acme.zendesk.com/api/v2/users/me' }, MACROS),
    ).toBeNull();
    expect(nextPageUrl({ next_page: '/api/v2/macros/active/../../users/me' }, MACROS)).toBeNull();
    expect(nextPageUrl({ next_page: '/api/v2/macros/active?page=2' }, REQUIREMENTS)).toBeNull();
    expect(nextPageUrl({ next_page: 'javascript:alert(1)' }, MACROS)).toBeNull();
  });

  it('reads junk as the last page', () => {
    for (const body of [
      null,
      undefined,
      'text',
      42,
      [],
      {},
      { links: 'x' },
      { next_page: 7 },
      { meta: null, next_page: '' },
    ]) {
      expect(nextPageUrl(body, MACROS)).toBeNull();
    }
  });
});
