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

  it('keeps the low-confidence list and the table of all tickets bounded too, with every ticket counted', () => {
    const tally = new ReportTally(3, 5);
    for (let id = 1; id <= 12; id++) tally.add(row(id, `t${id}`, { confidence: id % 2 === 0 ? 'low' : 'high' }));
    const data = tally.result();
    expect(data.lowConfidence).toMatchObject({ total: 6 });
    expect(data.lowConfidence.rows.map((r) => r.ticket.id)).toEqual([2, 4, 6]);
    expect(data.tickets).toMatchObject({ total: 12 });
    expect(data.tickets.rows.map((r) => r.ticket.id)).toEqual([1, 2, 3, 4, 5]);

    const document = parseReport(renderReport(data, META));
    expect(readCounts(document).get('tickets')).toBe(12);
    expect(readCounts(document).get('low-confidence')).toBe(6);
    expect(document.querySelectorAll('[data-low-confidence-ticket]')).toHaveLength(3);
    expect(document.querySelector('#low-confidence [data-not-listed]')?.getAttribute('data-not-listed')).toBe('3');
    expect(document.querySelectorAll('#tickets .trow')).toHaveLength(5);
    expect(document.querySelector('#tickets')?.textContent).toContain('The first 5 of 12 tickets are listed.');
  });
});
