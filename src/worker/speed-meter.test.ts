import { describe, expect, it } from 'vitest';
import { SpeedMeter } from './speed-meter';

describe('SpeedMeter', () => {
  it('averages over the last second of intervals', () => {
    const meter = new SpeedMeter(1000);
    expect(meter.samplesPerSecond()).toBeNull();
    meter.add(100, 100);
    expect(meter.samplesPerSecond()).toBe(1000);
    for (let i = 0; i < 20; i++) meter.add(200, 100);
    expect(meter.samplesPerSecond()).toBe(2000);
    meter.add(0, 100);
    expect(meter.samplesPerSecond()).toBeCloseTo((9 * 200 * 1000) / 1000, 6);
    meter.clear();
    expect(meter.samplesPerSecond()).toBeNull();
  });
});
