import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { ValidationLosses } from './validation-losses';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('ValidationLosses', () => {
  it('reads back each epoch with its own loss, in order, and starts afresh', async () => {
    const losses = new ValidationLosses();
    losses.add(3, tf.scalar(0.5));
    losses.add(4, tf.scalar(0.25));
    losses.add(9, tf.scalar(0.125));
    expect(await losses.read()).toEqual([
      { epoch: 3, loss: 0.5 },
      { epoch: 4, loss: 0.25 },
      { epoch: 9, loss: 0.125 },
    ]);
    expect(await losses.read()).toEqual([]);
  });

  it('holds one tensor however many epochs wait, and frees it when read or disposed', async () => {
    const before = tf.memory().numTensors;
    const losses = new ValidationLosses();
    for (let epoch = 1; epoch <= 50; epoch++) losses.add(epoch, tf.scalar(1 / epoch));
    expect(tf.memory().numTensors).toBe(before + 1);
    expect(await losses.read()).toHaveLength(50);
    expect(tf.memory().numTensors).toBe(before);
    losses.add(51, tf.scalar(0));
    losses.dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect(await losses.read()).toEqual([]);
  });
});
