import { describe, expect, it } from 'vitest';
import { loadOnce } from '../../../src/rules/loadOnce';

describe('loadOnce', () => {
  it('loads once, and every call shares the answer', async () => {
    let calls = 0;
    const load = loadOnce(async () => ++calls);
    const [first, second] = await Promise.all([load(), load()]);
    expect([first, second, await load()]).toEqual([1, 1, 1]);
    expect(calls).toBe(1);
  });

  it('tries again after a failed load, and keeps the load that worked', async () => {
    let calls = 0;
    const load = loadOnce(async () => {
      calls += 1;
      if (calls === 1) throw new Error('lost connection');
      return 'chunk';
    });
    await expect(load()).rejects.toThrow('lost connection');
    expect(await load()).toBe('chunk');
    expect(await load()).toBe('chunk');
    expect(calls).toBe(2);
  });
});
