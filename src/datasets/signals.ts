import { signalClasses } from '../settings/datasets';
import type { Split } from './dataset';
import { normal, shuffleInto, type Rng } from './random';

/** How the 1-D signals are made: points per signal, share of anomalies and std of the added noise. */
export interface SignalOptions {
  length: number;
  anomalyFraction: number;
  noise: number;
}

/** Display names of the signal labels: 0 = normal, 1 = anomalous. */
export const signalClassNames = signalClasses;

/** The kinds of anomaly, one drawn at random per anomalous signal. */
export const signalAnomalyKinds = ['spike', 'flat line', 'frequency jump', 'noise burst'] as const;

type AnomalyKind = (typeof signalAnomalyKinds)[number];

/** One sine of a signal's mixture; frequency in cycles per window. */
interface Wave {
  frequency: number;
  phase: number;
  amplitude: number;
}

type Anomaly = (signal: Float64Array, waves: readonly Wave[], rng: Rng) => void;

/** The largest a normal signal's mixture can reach (three sines of amplitude at most 0.5). */
const MAX_AMPLITUDE = 1.5;

const between = (rng: Rng, low: number, high: number) => low + rng() * (high - low);
const integerBelow = (rng: Rng, limit: number) => Math.floor(rng() * limit);

function drawWaves(rng: Rng): Wave[] {
  const count = 2 + integerBelow(rng, 2);
  return Array.from({ length: count }, () => ({
    frequency: between(rng, 1, 4),
    phase: between(rng, 0, 2 * Math.PI),
    amplitude: between(rng, 0.2, 0.5),
  }));
}

function mixAt(waves: readonly Wave[], position: number, frequencyScale: number): number {
  let sum = 0;
  for (const wave of waves) {
    sum += wave.amplitude * Math.sin(2 * Math.PI * wave.frequency * frequencyScale * position + wave.phase);
  }
  return sum;
}

/** A random stretch [start, start + width) covering between `low` and `high` of the signal. */
function drawSegment(length: number, rng: Rng, low: number, high: number): [number, number] {
  const width = Math.min(length, Math.max(2, Math.round(length * between(rng, low, high))));
  return [integerBelow(rng, length - width + 1), width];
}

const anomalies: Record<AnomalyKind, Anomaly> = {
  spike: (signal, _waves, rng) => {
    const spikes = 1 + integerBelow(rng, 3);
    for (let k = 0; k < spikes; k++) {
      const at = integerBelow(rng, signal.length);
      const sign = rng() < 0.5 ? -1 : 1;
      signal[at] = (signal[at] ?? 0) + sign * between(rng, 1, 1.5);
    }
  },
  'flat line': (signal, _waves, rng) => {
    const [start, width] = drawSegment(signal.length, rng, 0.2, 0.4);
    signal.fill(signal[start] ?? 0, start, start + width);
  },
  'frequency jump': (signal, waves, rng) => {
    const factor = between(rng, 2.5, 4);
    for (let i = Math.floor(signal.length / 2); i < signal.length; i++) {
      const position = i / signal.length;
      signal[i] = (signal[i] ?? 0) + mixAt(waves, position, factor) - mixAt(waves, position, 1);
    }
  },
  'noise burst': (signal, _waves, rng) => {
    const [start, width] = drawSegment(signal.length, rng, 0.15, 0.3);
    const std = between(rng, 0.3, 0.6);
    for (let i = start; i < start + width; i++) signal[i] = (signal[i] ?? 0) + std * normal(rng);
  },
};

function normalSignal(waves: readonly Wave[], length: number, noise: number, rng: Rng): Float64Array {
  const signal = new Float64Array(length);
  for (let i = 0; i < length; i++) signal[i] = mixAt(waves, i / length, 1) + noise * normal(rng);
  return signal;
}

/** Labels with exactly round(count · fraction) ones at seeded random positions. */
function anomalyLabels(count: number, fraction: number, rng: Rng): Int32Array {
  const anomalous = Math.round(count * Math.min(1, Math.max(0, fraction)));
  const order = shuffleInto(new Int32Array(count), rng);
  const labels = new Int32Array(count);
  for (let i = 0; i < anomalous; i++) labels[order[i] as number] = 1;
  return labels;
}

/** 1-D signals in [0, 1], each a mix of 2–3 sines (1–4 cycles per window) plus Gaussian noise of std `noise`
 * (in units where the mix reaches at most ±1.5); an exact share `anomalyFraction` carries a spike, a flat line,
 * a frequency jump half-way or a noise burst. Labels: 0 = normal, 1 = anomalous. */
export function generateSignals(count: number, options: SignalOptions, rng: Rng): Split {
  const { length, anomalyFraction, noise } = options;
  const labels = anomalyLabels(count, anomalyFraction, rng);
  const values = new Float32Array(count * length);
  for (let i = 0; i < count; i++) {
    const waves = drawWaves(rng);
    const signal = normalSignal(waves, length, noise, rng);
    if (labels[i] === 1) {
      const kind = signalAnomalyKinds[integerBelow(rng, signalAnomalyKinds.length)] ?? 'spike';
      anomalies[kind](signal, waves, rng);
    }
    for (let j = 0; j < length; j++) {
      const mapped = 0.5 + (0.4 * (signal[j] ?? 0)) / MAX_AMPLITUDE;
      values[i * length + j] = Math.min(1, Math.max(0, mapped));
    }
  }
  return { values, count, labels };
}
