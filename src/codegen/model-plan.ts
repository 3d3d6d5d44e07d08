import { effectiveBatchSize } from '../settings/model-shape';
import { datasetLabels, type Activation, type OutputActivation } from '../settings/options';
import type { Settings } from '../settings/schema';

/** One dense layer of the generated model. */
export interface LayerPlan {
  units: number;
  activation: Activation | OutputActivation;
}

/** Where the generated script gets its data: the seed's uniform random set (as the tutorial), a data set
 * the library can download, or data the user must load (a placeholder of the right shape until then). */
export type DataPlan =
  { kind: 'uniform' } | { kind: 'mnist' | 'fashion-mnist' } | { kind: 'own'; label: string };

/** Everything a code generator needs, derived from the settings exactly as the playground builds its model:
 * the encoder down to the code, the mirrored decoder, and a final layer whose activation is the output's. */
export interface ModelPlan {
  settings: Settings;
  features: number;
  trainSize: number;
  batchSize: number;
  encoder: LayerPlan[];
  decoder: LayerPlan[];
  data: DataPlan;
  /** Parts of the playground's run the script does not reproduce, each said in a comment. */
  caveats: string[];
}

/** Derives the plan of a generated script from the settings and the data's number of features. */
export function planModel(settings: Settings, features: number): ModelPlan {
  const { encoderUnits, latentSize, hiddenActivation } = settings;
  const codeActivation = settings.latentActivation === 'hidden' ? hiddenActivation : 'linear';
  const encoder: LayerPlan[] = [
    ...encoderUnits.map((units) => ({ units, activation: hiddenActivation })),
    { units: latentSize, activation: codeActivation },
  ];
  const decoder: LayerPlan[] = [
    ...[...encoderUnits].reverse().map((units) => ({ units, activation: hiddenActivation })),
    { units: features, activation: settings.outputActivation },
  ];
  return {
    settings,
    features,
    trainSize: settings.trainSize,
    batchSize: effectiveBatchSize(settings),
    encoder,
    decoder,
    data: planData(settings),
    caveats: caveatsOf(settings),
  };
}

function planData(settings: Settings): DataPlan {
  const { dataset } = settings;
  if (dataset === 'uniform') return { kind: 'uniform' };
  if (dataset === 'mnist' || dataset === 'fashion-mnist') return { kind: dataset };
  return { kind: 'own', label: datasetLabels[dataset] };
}

function caveatsOf(settings: Settings): string[] {
  const caveats: string[] = [];
  if (settings.variant === 'variational')
    caveats.push(
      `The playground trained a variational autoencoder (β = ${settings.beta}); this script builds the plain autoencoder of the same shape, without the sampling and the KL term.`,
    );
  if (settings.variant === 'denoising' && settings.noiseType !== 'gaussian')
    caveats.push(
      `The playground corrupted the inputs with "${settings.noiseType}" noise (level ${settings.noiseLevel}); only Gaussian noise is generated here, so this script trains without noise.`,
    );
  if (settings.trainClasses.length > 0)
    caveats.push(`The playground trained only on classes ${settings.trainClasses.join(', ')}.`);
  return caveats;
}

/** Whether the plan adds Gaussian noise to the inputs while training (a denoising autoencoder). */
export function gaussianNoiseOf(plan: ModelPlan): number | null {
  const { variant, noiseType, noiseLevel } = plan.settings;
  return variant === 'denoising' && noiseType === 'gaussian' ? noiseLevel : null;
}

/** The L1 weight on the code of a sparse autoencoder, or null. */
export function sparsityOf(plan: ModelPlan): number | null {
  return plan.settings.variant === 'sparse' ? plan.settings.sparsityRate : null;
}

/** A number as both Python and JavaScript read it back exactly. */
export function numberLiteral(value: number): string {
  return String(value);
}
