// zendesk-apps.md §9 rule 5: location products, names and URLs.
import { describe, expect, it } from 'vitest';
import { errorsIn, expectProblem, problemsAfter, type LooseJson } from './helpers/fixturePackage';

const MANIFEST = 'manifest.json';
const SIDEBAR = 'location.support.ticket_sidebar';

function withSidebar(options: unknown) {
  return problemsAfter(({ editJson }) =>
    editJson(
      MANIFEST,
      (manifest: LooseJson) => void (manifest.location.support.ticket_sidebar = options),
    ),
  );
}

describe('location structure', () => {
  it('requires an object of products (v2 has no bare location list)', () => {
    const problems = problemsAfter(({ editJson }) =>
      editJson(MANIFEST, (manifest) => void (manifest.location = ['ticket_sidebar'])),
    );
    expectProblem(problems, { file: MANIFEST, key: 'location', message: 'must be an object like' });
  });

  it('rejects an unknown product', () => {
    const problems = problemsAfter(({ editJson }) =>
      editJson(
        MANIFEST,
        (manifest) => void (manifest.location.zendesk_talk = { call_console: 'assets/index.html' }),
      ),
    );
    expectProblem(problems, {
      file: MANIFEST,
      key: 'location.zendesk_talk',
      message: 'unknown product',
    });
  });

  it('rejects a product named like an Object.prototype member', () => {
    const problems = problemsAfter(({ editJson }) =>
      editJson(
        MANIFEST,
        (manifest) => void (manifest.location.constructor = { modal: 'assets/index.html' }),
      ),
    );
    expectProblem(problems, {
      file: MANIFEST,
      key: 'location.constructor',
      message: 'unknown product',
    });
  });

  it('rejects an unknown location', () => {
    const problems = problemsAfter(({ editJson }) =>
      editJson(
        MANIFEST,
        (manifest) => void (manifest.location.support.ticket_footer = 'assets/index.html'),
      ),
    );
    expectProblem(problems, {
      file: MANIFEST,
      key: 'location.support.ticket_footer',
      message: 'unknown support location',
    });
  });

  it('accepts every documented Support location', () => {
    const problems = problemsAfter(({ editJson, writeText }) => {
      for (const icon of ['top_bar', 'nav_bar', 'system_top_bar', 'ticket_editor']) {
        writeText(`assets/icon_${icon}.svg`, '<svg xmlns="http://www.w3.org/2000/svg"/>');
      }
      editJson(MANIFEST, (manifest) => {
        const names = [
          'top_bar',
          'nav_bar',
          'ticket_sidebar',
          'new_ticket_sidebar',
          'user_sidebar',
          'organization_sidebar',
          'background',
          'modal',
          'ticket_editor',
          'system_top_bar',
          'custom_object_record_sidebar',
        ];
        manifest.location.support = Object.fromEntries(
          names.map((name) => [name, 'assets/index.html']),
        );
      });
    });
    expect(errorsIn(problems)).toEqual([]);
  });

  it('warns when an icon location has no icon', () => {
    const problems = problemsAfter(({ editJson }) =>
      editJson(
        MANIFEST,
        (manifest) => void (manifest.location.support.nav_bar = 'assets/index.html'),
      ),
    );
    expectProblem(problems, {
      severity: 'warning',
      file: 'assets/icon_nav_bar.svg',
      key: '',
      message: 'is missing',
    });
  });

  it('rejects a location that is neither a URL string nor an options object', () => {
    expectProblem(withSidebar(true), {
      file: MANIFEST,
      key: SIDEBAR,
      message: 'must be a URL string or an options object',
    });
  });
});

describe('location URLs', () => {
  it('accepts the bare-string form', () => {
    expect(errorsIn(withSidebar('assets/index.html'))).toEqual([]);
  });

  it.each([
    'https://triage.example.com/app',
    'http://localhost:3000/',
    '{{setting.appUrl}}/sidebar',
  ])('accepts %s', (url) => {
    expect(errorsIn(withSidebar({ url }))).toEqual([]);
  });

  it('rejects plain http on a real host', () => {
    expectProblem(withSidebar({ url: 'http://triage.example.com/' }), {
      file: MANIFEST,
      key: `${SIDEBAR}.url`,
      message: 'must use https',
    });
  });

  it('rejects a relative URL outside assets/', () => {
    expectProblem(withSidebar('index.html'), {
      file: MANIFEST,
      key: SIDEBAR,
      message: 'path starting with assets/',
    });
  });

  it('rejects a relative URL naming a missing file', () => {
    expectProblem(withSidebar({ url: 'assets/sidebar.html?v=1' }), {
      file: MANIFEST,
      key: `${SIDEBAR}.url`,
      message: 'names assets/sidebar.html, which is not in the package',
    });
  });

  it('rejects a blank URL', () => {
    expectProblem(withSidebar({ url: '' }), {
      file: MANIFEST,
      key: `${SIDEBAR}.url`,
      message: 'is blank',
    });
    expectProblem(withSidebar({ flexible: true }), {
      file: MANIFEST,
      key: `${SIDEBAR}.url`,
      message: 'is blank',
    });
  });

  it('accepts a blank URL when autoLoad is false', () => {
    expect(errorsIn(withSidebar({ url: '', autoLoad: false }))).toEqual([]);
  });

  it('rejects a URL that is not a string', () => {
    expectProblem(withSidebar({ url: 42 }), {
      file: MANIFEST,
      key: `${SIDEBAR}.url`,
      message: 'must be a string',
    });
  });
});

describe('location options', () => {
  it('requires flexible to be a boolean', () => {
    expectProblem(withSidebar({ url: 'assets/index.html', flexible: 'true' }), {
      file: MANIFEST,
      key: `${SIDEBAR}.flexible`,
      message: 'must be a boolean, found string',
    });
  });

  it('refuses noTemplate', () => {
    const problems = problemsAfter(({ editJson }) =>
      editJson(MANIFEST, (manifest) => void (manifest.noTemplate = true)),
    );
    expectProblem(problems, { file: MANIFEST, key: 'noTemplate', message: 'refused' });
  });
});
