// @vitest-environment jsdom
// The report from running totals: counts cover every ticket, the lists keep only their first rows.
import { renderReport } from '../../../../src/cli/report/buildReport';
import { ReportTally } from '../../../../src/cli/report/ReportTally';
import { META, parseReport, readCounts, row } from './reportFixtures';

describe('ReportTally', () => {
  it('counts every ticket but lists only the first ones of each list, saying how many more there are', () => {
    const tally = new ReportTally(3);
    for (let id = 1; id <= 10; id++) {
      tally.add(row(id, `t${id}`, { bestEffort: true, flags: ['best-effort:docker-swarm'], priorityCheck: { current: 'urgent', suggested: 'low', verdict: 'above_guidance' } }));
    }
    const data = tally.result();
    expect(data.bestEffort.rows).toHaveLength(3);
    expect(data.disagreements.rows).toHaveLength(3);

    const document = parseReport(renderReport(data, META));
    const counts = readCounts(document);
    expect(counts.get('tickets')).toBe(10);
    expect(counts.get('best-effort-tickets')).toBe(10);
    expect(counts.get('disagreements')).toBe(10);
    expect(document.querySelectorAll('#best-effort article')).toHaveLength(3);
    expect(document.querySelectorAll('#disagreements tbody tr')).toHaveLength(3);
    expect(document.querySelector('#best-effort [data-not-listed]')?.textContent).toMatch(/And 7 more tickets not listed/);
    expect(document.querySelector('#disagreements [data-not-listed]')?.getAttribute('data-not-listed')).toBe('7');
  });
});
