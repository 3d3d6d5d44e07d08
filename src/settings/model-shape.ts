import type { Settings } from './schema';

/** Widths of every layer from input to output: input, encoder layers, code, mirrored decoder, output. */
export function layerWidths(
  encoderUnits: readonly number[],
  latentSize: number,
  inputSize: number,
): number[] {
  return [inputSize, ...encoderUnits, latentSize, ...[...encoderUnits].reverse(), inputSize];
}

/** Weights plus biases of a stack of dense layers with the given widths. */
export function parameterCount(widths: readonly number[]): number {
  let total = 0;
  for (let i = 1; i < widths.length; i++) total += (widths[i - 1] ?? 0) * (widths[i] ?? 0) + (widths[i] ?? 0);
  return total;
}

/** The parameters of the whole model. A variational model's code layer is twice as wide (μ and log σ² per
 * code unit), its decoder the same as a plain one's. */
export function modelParameterCount(
  settings: Pick<Settings, 'encoderUnits' | 'latentSize' | 'variant'>,
  inputSize: number,
): number {
  const { encoderUnits, latentSize, variant } = settings;
  const codeWidth = variant === 'variational' ? 2 * latentSize : latentSize;
  return (
    parameterCount([inputSize, ...encoderUnits, codeWidth]) +
    parameterCount([latentSize, ...[...encoderUnits].reverse(), inputSize])
  );
}

/** How many input values each code value stands for. */
export function compressionRatio(inputSize: number, latentSize: number): number {
  return inputSize / latentSize;
}

export type BatchMode = 'stochastic' | 'mini-batch' | 'full-batch';

/** Which flavour of gradient descent a batch size gives on a training set of the given size. */
export function batchMode(batchSize: number, trainSize: number): BatchMode {
  if (batchSize >= trainSize) return 'full-batch';
  return batchSize === 1 ? 'stochastic' : 'mini-batch';
}

/** The batch size the engine really uses: never more than the training set. */
export function effectiveBatchSize(settings: Pick<Settings, 'batchSize' | 'trainSize'>): number {
  return Math.min(settings.batchSize, settings.trainSize);
}
