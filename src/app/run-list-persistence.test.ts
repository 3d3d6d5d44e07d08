import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings/schema';
import { emptyHistory } from '../state/loss-history';
import { MAX_RUNS, noFigures, type RunRecord } from '../state/run-list';
import { parseRunList } from './run-list-persistence';

function run(id: number): RunRecord {
  return {
    id,
    name: `Run ${id}`,
    settings: defaultSettings,
    history: emptyHistory,
    figures: noFigures,
    origin: { kind: 'training' },
    overlaid: false,
  };
}

describe('parseRunList', () => {
  it('accepts what the page saved', () => {
    const list = { runs: [run(1), run(2)], nextId: 3, currentId: 2 };
    expect(parseRunList({ version: 1, list })).toEqual(list);
  });

  it('drops broken runs, a dangling current run and runs over the cap', () => {
    const broken = [{ ...run(3), settings: { latentSize: -1 } }, { ...run(4), history: null }, 'x', null];
    const many = Array.from({ length: MAX_RUNS + 2 }, (_, index) => run(index + 10));
    const parsed = parseRunList({
      version: 1,
      list: { runs: [...broken, ...many], nextId: 1, currentId: 3 },
    });
    expect(parsed?.runs.map((entry) => entry.id)).toEqual(many.slice(2).map((entry) => entry.id));
    expect(parsed).toMatchObject({ currentId: null, nextId: MAX_RUNS + 12 });
  });

  it('treats anything else as no list', () => {
    for (const value of [undefined, null, 42, {}, { version: 2, list: { runs: [] } }, { version: 1 }])
      expect(parseRunList(value)).toBeNull();
  });
});
