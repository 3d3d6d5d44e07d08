import type { Phrase } from './phrases';

/** One layer's share of a training step: its gradient's length before and after clipping. */
export interface LayerGradient {
  /** "Encoder 1", "Code", "Decoder 1", "Output", for the page to word. */
  name: Phrase;
  /** Inputs and outputs of the layer. */
  fanIn: number;
  fanOut: number;
  /** ‖∂L/∂θ‖₂ over the layer's kernel and bias. */
  gradientNorm: number;
  /** The same after the clipping rule, which is what the optimizer receives. */
  clippedNorm: number;
}

/** The first phases of the next training step, computed before any weight changes (plain data): the batch,
 * what the encoder and decoder make of a few of its samples, the loss and the gradients. */
export interface StepInspection {
  /** The step this is: the trainer's step count before it. */
  step: number;
  epoch: number;
  batchSize: number;
  features: number;
  /** How many of the batch's samples the arrays below hold (the first ones). */
  sampleCount: number;
  inputs: Float32Array;
  /** What a denoising model is fed instead of the inputs; null for the other variants. */
  noisyInputs: Float32Array | null;
  latentSize: number;
  /** The codes z of the samples (for a VAE the sampled z = μ + σ·ε the decoder saw). */
  codes: Float32Array;
  /** The decoder's outputs in the input space. */
  outputs: Float32Array;
  /** The batch's loss as the optimizer minimises it, its reconstruction part and the variant's part. */
  loss: { total: number; reconstruction: number; regularization: number | null };
  layers: LayerGradient[];
  globalGradientNorm: number;
  globalClippedNorm: number;
}

/** The last phase of a step, after the optimizer applied it: how far each layer's weights moved. */
export interface StepUpdate {
  /** The step that was applied (as in its inspection); the trainer's count is now one more. */
  step: number;
  layers: { name: Phrase; updateNorm: number; weightNorm: number }[];
}
