// The labels eval reads from a ticket's `expected`: the values the engine gives are taken, any
// other value of a known key is a problem of the file, named by its key.
import { describe, expect, it } from 'vitest';
import { readLabels } from '../../../../src/cli/eval/readLabels';

describe('readLabels', () => {
  it('takes every known key with a value the engine gives, and ignores unknown keys', () => {
    expect(
      readLabels({ requestType: 'how_to', requestType_in: ['how_to', 'bug_report'], owner: 'cs', severity: 2, severity_in: [1, 2], priority: 'high', bestEffort: false, flags_include: ['sev0-check'], note: 'x' }),
    ).toEqual({
      labels: { requestType: 'how_to', requestType_in: ['how_to', 'bug_report'], owner: 'cs', severity: 2, severity_in: [1, 2], priority: 'high', bestEffort: false, flags_include: ['sev0-check'] },
    });
    expect(readLabels({})).toEqual({ labels: {} });
  });

  it('names each key whose value the engine never gives, without a near miss slipping through', () => {
    expect(readLabels({ owner: 'CS', severity: '2', bestEffort: 'no', requestType_in: [], severity_in: [1, 7] })).toEqual({
      problems: [
        'expected.requestType_in [] is not a value the engine gives',
        'expected.owner "CS" is not a value the engine gives',
        'expected.severity "2" is not a value the engine gives',
        'expected.severity_in [1,7] is not a value the engine gives',
        'expected.bestEffort "no" is not a value the engine gives',
      ],
    });
    expect(readLabels(['how_to'])).toEqual({ problems: ['"expected" is not an object'] });
  });
});

