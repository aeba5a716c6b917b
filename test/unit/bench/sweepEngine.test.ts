import { sweepEngine } from '../../../bench/robustness/sweepEngine';

describe('sweepEngine', () => {
  it('feeds generated bad input through all three paths and the engine never throws', () => {
    const result = sweepEngine(300);
    expect(result.tickets).toBe(300);
    for (const stats of Object.values(result.byPath)) expect(stats.tickets).toBeGreaterThan(50);
    expect(result.examples.filter((example) => !example.includes('fallback'))).toEqual([]);
    expect(result.exceptions).toBe(0);
    expect(result.invalidOutputs).toBe(0);
  });

  it('replays the same tickets for the same seed', () => {
    const first = sweepEngine(100, 99);
    const second = sweepEngine(100, 99);
    expect(second.byPath).toEqual(first.byPath);
  });
});
