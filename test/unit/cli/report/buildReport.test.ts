// @vitest-environment jsdom
// The report parsed as a browser would parse it: structure, counts and escaping.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src/cli/report/buildReport';
import { REQUEST_TYPES } from '../../../../src/rules/types';
import { META, parseReport, readCounts, row } from './reportFixtures';

const XSS = '<img src=x onerror=alert(1)><script>window.pwned=1</script>';

describe('buildReport', () => {
  it('renders ticket text as text, never as markup', () => {
    const html = buildReport(
      [
        row(1, XSS, {
          bestEffort: true,
          flags: ['best-effort:docker-swarm'],
          reasons: [
            { field: 'bestEffort', ruleId: 'r"1', text: `because ${XSS}`, evidence: [XSS] },
          ],
          priorityCheck: { current: 'urgent', suggested: 'low', verdict: 'above_guidance' },
        }),
      ],
      { ...META, source: `"><script>alert(2)</script>.jsonl` },
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');

    const document = parseReport(html);
    expect(document.querySelectorAll('script, img, iframe, object, embed')).toHaveLength(0);
    expect(document.querySelector('[onerror]')).toBeNull();
    // The text survives intact for the reader, in every place it appears.
    expect(document.querySelector('#disagreements tbody td:nth-child(2)')?.textContent).toBe(XSS);
    expect(document.querySelector('#best-effort h3')?.textContent).toContain(XSS);
    expect(document.querySelector('#best-effort mark')?.textContent).toBe(XSS);
    expect(document.title).toContain('"><script>alert(2)</script>.jsonl');
  });

  it('loads nothing from outside the file and forbids scripts', () => {
    const html = buildReport([row(1, 'One')], META);
    const document = parseReport(html);
    expect(document.querySelectorAll('[src], link, script')).toHaveLength(0);
    expect(html).not.toMatch(/url\(|@import|https?:\/\//);
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toContain("default-src 'none'");
  });

  it('counts tickets per request type, owner, severity, flag and verdict', () => {
    const rows = [
      row(1, 'a', { requestType: 'licensing', owner: 'ce', severity: 3, flags: ['presales'] }),
      row(2, 'b', {
        requestType: 'incident',
        owner: 'cs',
        severity: 0,
        flags: ['sev0-check', 'severity-pressure'],
        priorityCheck: { current: null, suggested: 'urgent', verdict: 'unset' },
      }),
      row(3, 'c', {
        requestType: 'incident',
        owner: 'cs',
        severity: 1,
        // A flag raised twice on one ticket still counts one ticket.
        flags: ['severity-pressure', 'severity-pressure'],
        priorityCheck: null,
      }),
    ];
    const counts = readCounts(parseReport(buildReport(rows, META)));
    expect(counts.get('tickets')).toBe(3);
    expect(counts.get('requestType:incident')).toBe(2);
    expect(counts.get('requestType:licensing')).toBe(1);
    expect(counts.get('requestType:unknown')).toBe(0);
    expect(counts.get('owner:cs')).toBe(2);
    expect(counts.get('owner:ce')).toBe(1);
    expect(counts.get('owner:other')).toBe(0);
    expect(counts.get('severity:0')).toBe(1);
    expect(counts.get('severity:1')).toBe(1);
    expect(counts.get('severity:2')).toBe(0);
    expect(counts.get('severity:3')).toBe(1);
    expect(counts.get('flag:severity-pressure')).toBe(2);
    expect(counts.get('flag:sev0-check')).toBe(1);
    expect(counts.get('flag:presales')).toBe(1);
    expect(counts.get('verdict:matches')).toBe(1);
    expect(counts.get('verdict:unset')).toBe(1);
    expect(counts.get('verdict:none')).toBe(1);
  });

  it('lists every request type, with zero rows, in the contract order', () => {
    const document = parseReport(buildReport([row(1, 'a')], META));
    const keys = [...document.querySelectorAll('#chart-requestType [data-count-for]')].map((cell) =>
      cell.getAttribute('data-count-for'),
    );
    expect(keys).toEqual(REQUEST_TYPES.map((type) => `requestType:${type}`));
  });

  it('draws bars in proportion to the share of tickets', () => {
    const rows = [row(1, 'a', { owner: 'ce' }), ...[2, 3, 4].map((id) => row(id, 'x'))];
    const document = parseReport(buildReport(rows, META));
    const barWidth = (owner: string) =>
      Number(
        document
          .querySelector(`[data-count-for="owner:${owner}"]`)
          ?.closest('tr')
          ?.querySelector('rect.bar')
          ?.getAttribute('width'),
      );
    expect(barWidth('cs')).toBe(3 * barWidth('ce'));
    expect(barWidth('other')).toBe(0);
    const shareOfCs = document.querySelector('[data-count-for="owner:cs"]')?.nextElementSibling;
    expect(shareOfCs?.textContent).toBe('75%');
  });

  it('lists only tickets whose priority is above or below the guidance', () => {
    const rows = [
      row(1, 'Too high', {
        priorityCheck: { current: 'urgent', suggested: 'normal', verdict: 'above_guidance' },
      }),
      row(2, 'Fine'),
      row(3, 'Unset', { priorityCheck: { current: null, suggested: 'low', verdict: 'unset' } }),
      row(4, 'Too low', {
        severity: 1,
        priorityCheck: { current: 'low', suggested: 'high', verdict: 'below_guidance' },
      }),
      row(5, 'No field', { priorityCheck: null }),
    ];
    const document = parseReport(buildReport(rows, META));
    const listed = [...document.querySelectorAll('#disagreements tbody tr')];
    expect(listed.map((tr) => tr.getAttribute('data-ticket'))).toEqual(['#1', '#4']);
    expect(listed.map((tr) => tr.getAttribute('data-verdict'))).toEqual([
      'above_guidance',
      'below_guidance',
    ]);
    expect(listed[0]?.textContent).toContain('Urgent → Normal');
    expect(listed[1]?.textContent).toContain('Low → High');
    expect(listed[1]?.textContent).toContain('Sev 1');
    expect(readCounts(document).get('disagreements')).toBe(2);
    expect(readCounts(document).get('priority-disagreements')).toBe(2);
  });

  it('says so when no priority disagrees and no ticket is best effort', () => {
    const document = parseReport(buildReport([row(1, 'a')], META));
    expect(document.querySelector('#disagreements')?.textContent).toContain('matches the guidance');
    expect(document.querySelector('#best-effort')?.textContent).toContain(
      'No ticket is on a best-effort path',
    );
    expect(readCounts(document).get('best-effort-tickets')).toBe(0);
  });

  it('lists every best-effort ticket with its flags, reason texts and evidence', () => {
    const rows = [
      row(7, 'Swarm stack fails', {
        bestEffort: true,
        flags: ['best-effort:docker-swarm', 'severity-pressure'],
        reasons: [
          {
            field: 'owner',
            ruleId: 'owner.troubleshooting',
            text: 'CS troubleshoots.',
            evidence: [],
          },
          {
            field: 'bestEffort',
            ruleId: 'bestEffort.flags',
            text: 'The setup departs from documented best practice.',
            evidence: ['best-effort:docker-swarm'],
          },
          {
            field: 'flag:best-effort:docker-swarm',
            ruleId: 'be.docker-swarm',
            text: 'Docker Swarm is not supported.',
            evidence: ['docker swarm'],
          },
        ],
      }),
      row(8, 'Not best effort'),
      row(null, 'Own overlay', { bestEffort: true, requestType: 'customer_customization' }, 9),
    ];
    const document = parseReport(buildReport(rows, META));
    const tickets = [...document.querySelectorAll('[data-best-effort-ticket]')];
    expect(tickets.map((ticket) => ticket.getAttribute('data-best-effort-ticket'))).toEqual([
      '#7',
      'line 9',
    ]);
    const swarm = tickets[0];
    // Flags read as labels; the slug stays in data-flag for searches.
    expect([...(swarm?.querySelectorAll('li.flag') ?? [])].map((flag) => flag.textContent)).toEqual(
      ['Docker Swarm', 'Customer pressure'],
    );
    expect([...(swarm?.querySelectorAll('li.flag') ?? [])].map((flag) => flag.getAttribute('data-flag'))).toEqual(
      ['best-effort:docker-swarm', 'severity-pressure'],
    );
    const reasons = [...(swarm?.querySelectorAll('ul.reasons > li') ?? [])].map(
      (li) => li.textContent,
    );
    expect(reasons).toHaveLength(2);
    expect(reasons[1]).toContain('Docker Swarm is not supported.');
    expect(reasons[1]).toContain('be.docker-swarm');
    expect(swarm?.querySelector('ul.reasons li:nth-child(2) mark')?.textContent).toBe(
      'docker swarm',
    );
    // The owner reason is not about best effort.
    expect(swarm?.textContent).not.toContain('CS troubleshoots.');
    expect(tickets[1]?.textContent).toContain('Customer customization');
    expect(readCounts(document).get('best-effort')).toBe(2);
  });

  it('states the run: input, rulebook, clock and skipped lines', () => {
    const text = parseReport(buildReport([], { ...META, skippedLines: 2 })).body.textContent;
    expect(text).toContain('tickets.jsonl');
    expect(text).toContain('default rulebook');
    expect(text).toContain('2026-11-26T12:00:00.000Z');
    expect(text).toContain('2 (could not be read)');
    expect(text).toContain('No ticket has a flag.');
  });
});
