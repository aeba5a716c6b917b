import { describe, expect, it } from 'vitest';
import { analyzeText, cleanText, CLEANED_CAP, lookupWords } from '../../../../src/rules/text';

describe('cleanText', () => {
  it('keeps the visible words of HTML and drops tags and scripts', () => {
    const { cleaned } = cleanText('<p>Page is <b>blank</b></p><img src=x onerror=alert(1)><script>alert("license")</script>&amp; broken');
    expect(cleaned).toContain('Page is  blank');
    expect(cleaned).toContain('& broken');
    expect(cleaned).not.toMatch(/onerror|alert|license|</);
  });

  it('keeps a lone "<" that starts no tag', () => {
    expect(cleanText('latency < 5 seconds').cleaned).toBe('latency < 5 seconds');
  });

  it('drops ">" quoted lines and history after "On … wrote:"', () => {
    const raw = 'Upgrade still fails.\n\nOn Mon, 3 Nov 2026 at 10:00, Support <s@example.com> wrote:\n> Please renew your license\nOld text about license renewal';
    expect(cleanText(raw).cleaned).toBe('Upgrade still fails.');
  });

  it('handles a wrapped "On …" / "wrote:" header and Outlook headers', () => {
    expect(cleanText('Thanks for the fix, works now.\nOn Mon, Nov 3, 2026 at 10:00 AM Jane Doe <jane@x.com>\nwrote:\nlicense').cleaned).toBe(
      'Thanks for the fix, works now.',
    );
    const outlook = 'Search is slow since the upgrade.\n\nFrom: Support <s@x.com>\nSent: Monday\nTo: me\nSubject: license renewal\nyour license expires';
    expect(cleanText(outlook).cleaned).toBe('Search is slow since the upgrade.');
    expect(cleanText('See below please.\n-----Original Message-----\nlicense').cleaned).toBe('See below please.');
  });

  it('keeps the body of a bare forward', () => {
    const fwd = '---------- Forwarded message ---------\nFrom: Dev <d@x.com>\nDate: Mon\n\nSearch returns a 500 error on every query.';
    expect(cleanText(fwd).cleaned).toBe('Search returns a 500 error on every query.');
  });

  it('drops a signature after a sign-off or "-- "', () => {
    expect(cleanText('Search is broken.\n\nThanks,\nJane Doe\nSecurity Engineer | Acme\n+1 555 0100').cleaned).toBe('Search is broken.');
    expect(cleanText('Search is broken.\n-- \nJane, License Manager').cleaned).toBe('Search is broken.');
    expect(cleanText('Search is broken.\nSent from my iPhone').cleaned).toBe('Search is broken.');
  });

  it('keeps text after a sign-off word when long lines follow (not a signature)', () => {
    const raw = 'Thanks,\nwe tried again today and the upgrade still fails with the same error message on every node in the cluster we run';
    expect(cleanText(raw).cleaned).toContain('upgrade still fails');
  });

  it('drops runs of four or more log lines and long fenced blocks', () => {
    const log = [
      'Frontend restarts.',
      '2026-11-01T10:00:00Z ERROR license check failed',
      '2026-11-01T10:00:01Z ERROR license check failed',
      '2026-11-01T10:00:02Z WARN vulnerability scanner timeout',
      '2026-11-01T10:00:03Z ERROR exploit detected',
      'Any idea?',
    ].join('\n');
    expect(cleanText(log).cleaned).toBe('Frontend restarts.\n\nAny idea?');
    const trace = 'Crash:\njava.lang.NullPointerException\n\tat a.b.C.d(C.java:1)\n\tat a.b.C.e(C.java:2)\n\tat a.b.C.f(C.java:3)\n\tat a.b.C.g(C.java:4)\nthat is all';
    expect(cleanText(trace).cleaned).not.toContain('C.java');
    const fenced = 'Logs:\n```\none\ntwo\nthree\nfour license\n```\nSearch down.';
    expect(cleanText(fenced).cleaned).not.toContain('license');
    expect(cleanText('Error:\n```\nfailed to connect\n```').cleaned).toContain('failed to connect');
  });

  it('keeps up to three log-like lines: a quoted error votes', () => {
    const raw = 'Upgrade fails:\nERROR: migrator failed\nlevel=error msg=dirty t=1 db=x\nwhat now?';
    expect(cleanText(raw).cleaned).toContain('migrator failed');
  });

  it('caps a huge input and says so', () => {
    const result = analyzeText('search is slow '.repeat(100_000));
    expect(result.truncated).toBe(true);
    expect(result.cleaned.length).toBeLessThanOrEqual(CLEANED_CAP);
    expect(lookupWords(result, ['slow'])).toEqual(['slow']);
  });

  it('never throws on non-strings or odd input', () => {
    for (const input of [undefined, null, 42, {}, '', '\u0000\uffff', '<'.repeat(1000), '<a'.repeat(1000)]) {
      expect(() => analyzeText(input as string)).not.toThrow();
    }
    expect(analyzeText(null as unknown as string).tokens).toEqual([]);
  });
});

describe('analyzeText', () => {
  it('records token offsets into the cleaned text and indexes stems', () => {
    const result = analyzeText('Search fails; search failed.');
    for (const token of result.tokens) expect(result.cleaned.slice(token.start, token.start + token.raw.length)).toBe(token.raw);
    expect(result.stems.get('search')).toEqual([0, 2]);
    expect(result.stems.get('fail')).toEqual([1, 3]);
  });
});
