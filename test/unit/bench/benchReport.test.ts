import { packageOf } from '../../../bench/bundle/attributeBundle';
import { classify } from '../../../bench/browser/sweepFaults';
import { median } from '../../../bench/browser/measureStartup';
import { parseEngineOutput } from '../../../bench/figures/runEngineBench';
import { formatTable } from '../../../bench/report/printTable';
import { resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '..', '..', '..');

describe('bench report pieces', () => {
  it('reads the engine benchmark output', () => {
    const output =
      'tickets assessed:        10000\ntickets per second:      12345 (target >= 10000)\n1 MB description ticket: 3.4 ms median of 7 (target < 50 ms)\n';
    expect(parseEngineOutput(output)).toMatchObject({
      ticketsPerSecond: 12345,
      hugeDescriptionMs: 3.4,
    });
    expect(() => parseEngineOutput('nothing useful')).toThrow(/no figures/);
  });

  it('prints one row per figure with met, NOT met and n/a', () => {
    const table = formatTable([
      { name: 'a', measured: '1 ms', target: '< 2 ms', met: true },
      { name: 'b', measured: '3 ms', target: '< 2 ms', met: false },
      { name: 'c', measured: 'not measured: no Chromium', target: '< 2 ms', met: null },
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/figure .*\| measured .*\| target .*\| met\?/);
    expect(lines).toHaveLength(5);
    expect(lines[2]).toMatch(/\| met +\|$/);
    expect(lines[3]).toMatch(/\| NOT met \|$/);
    expect(lines[4]).toMatch(/\| n\/a +\|$/);
  });

  it('attributes modules to packages and app folders', () => {
    expect(packageOf(`${REPO}/node_modules/react-dom/cjs/react-dom.production.min.js`)).toBe(
      'react-dom',
    );
    expect(packageOf(`${REPO}/node_modules/@zendeskgarden/react-theming/dist/index.esm.js`)).toBe(
      '@zendeskgarden/react-theming',
    );
    expect(packageOf(`${REPO}/src/rules/rulebook/defaultRulebook.json`)).toBe(
      'app: src/rules/rulebook/',
    );
    expect(packageOf(`${REPO}/src/ui/App.tsx`)).toBe('app: src/ui/');
    expect(packageOf(`${REPO}/translations/en.json`)).toBe('app: translations/');
    expect(packageOf('\0rolldown/runtime.js')).toBe('bundler runtime and helpers');
  });

  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('classifies a load as rendered, error state, blank or stuck', () => {
    const panel = { state: 'ready', hasAssessment: true, textLength: 100, height: 300, errors: [], url: '', body: '' };
    expect(classify(panel, false)).toBe('rendered');
    expect(classify({ ...panel, state: 'error', hasAssessment: false }, false)).toBe('error-state');
    expect(classify({ ...panel, textLength: 0 }, false)).toBe('blank');
    expect(classify(null, true)).toBe('blank');
    expect(classify({ ...panel, state: null }, false)).toBe('blank');
    expect(classify({ ...panel, state: 'loading', hasAssessment: false }, true)).toBe('stuck');
  });
});
