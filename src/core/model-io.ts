import * as tf from '@tensorflow/tfjs-core';
import { createModelJson, weightName, type LayerTopology, type WeightSpec } from '../settings/model-format';
import type { Settings } from '../settings/schema';
import type { Autoencoder, DenseLayer } from './model';
import { readFloats } from './read';

function parts(model: Autoencoder): ['encoder' | 'decoder', DenseLayer[]][] {
  return [
    ['encoder', model.encoder],
    ['decoder', model.decoder],
  ];
}

/** The model's weights named by layer, in the order of `model.variables`. */
export function namedWeights(model: Autoencoder): { name: string; tensor: tf.Tensor }[] {
  return parts(model).flatMap(([part, layers]) =>
    layers.flatMap((layer, index) => [
      { name: weightName(part, index, 'kernel'), tensor: layer.kernel },
      { name: weightName(part, index, 'bias'), tensor: layer.bias },
    ]),
  );
}

function layerTopology(model: Autoencoder): LayerTopology[] {
  return parts(model).flatMap(([part, layers]) =>
    layers.map((layer, index) => ({
      name: `${part}/dense_${index}`,
      inputs: layer.kernel.shape[0],
      units: layer.kernel.shape[1],
      activation: layer.activation,
    })),
  );
}

/** The model in TF.js's format: model.json (topology, weights manifest, the settings) and the weights file,
 * read from the model's actual variables. */
export async function encodeModel(
  settings: Settings,
  model: Autoencoder,
): Promise<{ modelJson: string; weights: ArrayBuffer }> {
  const { data, specs } = await tf.io.encodeWeights(namedWeights(model));
  const inputSize = model.encoder[0]?.kernel.shape[0] ?? 0;
  const json = createModelJson(settings, inputSize, layerTopology(model), specs as WeightSpec[]);
  return { modelJson: JSON.stringify(json, null, 2), weights: data };
}

/** Reads a weights file laid out by `specs` into one array per tensor, in the manifest's order. */
export async function decodeModelWeights(buffer: ArrayBuffer, specs: WeightSpec[]): Promise<Float32Array[]> {
  const tensors = tf.io.decodeWeights(buffer, specs);
  try {
    return await Promise.all(
      specs.map((spec) => {
        const tensor = tensors[spec.name];
        if (!tensor) throw new Error(`the weights file has no tensor named ${spec.name}`);
        return readFloats(tensor);
      }),
    );
  } finally {
    tf.dispose(Object.values(tensors));
  }
}
