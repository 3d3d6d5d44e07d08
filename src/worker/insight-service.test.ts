import { describe, expect, it } from 'vitest';
import { activateBackend } from '../core/backend';
import { createTrainer, disposeTensors, disposeTrainer, uploadDataset } from '../core/run';
import { generatedOnly, seedExampleSettings } from '../core/test-helpers';
import { loadDataset } from '../datasets/registry';
import { FIRST_ROUND_ROWS, MIN_ROUND_ROWS } from './insight-rows';
import { InsightService } from './insight-service';
import type { FromWorker } from './protocol';

type Insights = Extract<FromWorker, { type: 'insights' }>;

/** A service over a seed-example run with `validationSize` samples, on a clock that moves `roundMs` during
 * each round of the views (it is read at a round's start and end). */
async function serviceWithSlowRounds(validationSize: number, roundMs: number) {
  await activateBackend('cpu', { softwareWebgl: false });
  const settings = seedExampleSettings({ validationSize });
  const dataset = await loadDataset(settings, generatedOnly);
  const tensors = uploadDataset(dataset);
  const trainer = createTrainer(settings, tensors, 'cpu', dataset);
  const sent: Insights[] = [];
  let clock = 0;
  const service = new InsightService(
    (message) => {
      if (message.type === 'insights') sent.push(message);
    },
    () => (clock += roundMs / 2),
  );
  service.attach(trainer, { key: 'test', dataset, tensors }, 'cpu');
  const dispose = () => {
    service.detach();
    disposeTrainer(trainer);
    disposeTensors(tensors);
  };
  return { service, sent, dispose };
}

describe('InsightService', () => {
  it('covers fewer validation samples after a slow round, and says how many there are', async () => {
    const { service, sent, dispose } = await serviceWithSlowRounds(3000, 5000);
    await service.sendInsights();
    await service.sendInsights();
    dispose();
    const [first, second] = sent;
    expect(first?.validationCount).toBe(3000);
    expect(first?.errors).toHaveLength(FIRST_ROUND_ROWS);
    expect(first?.xy).toHaveLength(2 * FIRST_ROUND_ROWS);
    expect(second?.errors).toHaveLength(MIN_ROUND_ROWS);
    expect(second?.worst.indices.every((index) => index < MIN_ROUND_ROWS)).toBe(true);
  });

  it('grows to every sample while rounds are quick', async () => {
    const { service, sent, dispose } = await serviceWithSlowRounds(3000, 1);
    for (let round = 0; round < 3; round++) await service.sendInsights();
    dispose();
    expect(sent.map((message) => message.errors.length)).toEqual([1024, 2048, 3000]);
  });
});
