import { describe, expect, it } from 'vitest';
import { Cadence } from './cadence';

describe('Cadence', () => {
  it('waits at least the minimum interval after a cheap task', async () => {
    let now = 0;
    const cadence = new Cadence(1000, 0.05);
    expect(cadence.due(now)).toBe(true);
    await cadence.run(
      () => {
        now += 10;
        return Promise.resolve();
      },
      () => now,
    );
    expect(cadence.due(now + 999)).toBe(false);
    expect(cadence.due(now + 1000)).toBe(true);
  });

  it('spaces out a costly task so it takes at most its share of the time', async () => {
    let now = 0;
    const cadence = new Cadence(1000, 0.05);
    await cadence.run(
      () => {
        now += 200;
        return Promise.resolve();
      },
      () => now,
    );
    // 200 ms at a 5 % share: the next run no sooner than 4 s later.
    expect(cadence.due(now + 3999)).toBe(false);
    expect(cadence.due(now + 4000)).toBe(true);
    cadence.reset();
    expect(cadence.due(now)).toBe(true);
  });
});
