import * as tf from '@tensorflow/tfjs-core';
import type { Optimizer } from '../settings/options';
import { LeanAdamOptimizer } from './lean-adam';
import type { OptimizerSettings } from '../settings/schema';

/** Creates the chosen optimizer with every constant passed explicitly: left to tfjs, epsilon would be 1e-4 on
 * WebGL and 1e-7 elsewhere, and the backends would train differently. */
export function createOptimizer(settings: OptimizerSettings): tf.Optimizer {
  const { learningRate: rate, epsilon } = settings;
  const factories: Record<Optimizer, () => tf.Optimizer> = {
    sgd: () => tf.train.sgd(rate),
    momentum: () => disposingLearningRate(tf.train.momentum(rate, settings.momentum, settings.nesterov)),
    adagrad: () => tf.train.adagrad(rate, settings.initialAccumulator),
    adadelta: () => tf.train.adadelta(rate, settings.rho, epsilon),
    rmsprop: () =>
      tf.train.rmsprop(rate, settings.decay, settings.rmspropMomentum, epsilon, settings.centered),
    adam: () => new LeanAdamOptimizer(rate, settings.beta1, settings.beta2, epsilon),
    adamax: () => tf.train.adamax(rate, settings.beta1, settings.beta2, epsilon, 0),
  };
  return factories[settings.optimizer]();
}

/** tfjs's MomentumOptimizer.dispose frees its momentum scalar but skips SGD's learning-rate scalar `c`, so each
 * disposed Momentum optimizer leaked one tensor; this one frees both. */
function disposingLearningRate(optimizer: tf.MomentumOptimizer): tf.MomentumOptimizer {
  const disposeOwn = optimizer.dispose.bind(optimizer);
  optimizer.dispose = () => {
    disposeOwn();
    (optimizer as unknown as { c: tf.Tensor }).c.dispose();
  };
  return optimizer;
}

/** Changes the learning rate of a live optimizer without touching its accumulated state. */
export function setLearningRate(optimizer: tf.Optimizer, learningRate: number): void {
  // Not `instanceof`: tfjs's Optimizer overrides Symbol.hasInstance, so every optimizer passes as SGD.
  const sgd = optimizer as Partial<tf.SGDOptimizer>;
  if (typeof sgd.setLearningRate === 'function') {
    // SGD and Momentum cache the rate as a scalar tensor; their setter replaces it.
    sgd.setLearningRate(learningRate);
    return;
  }
  // The adaptive optimizers read this field afresh on every update.
  (optimizer as unknown as { learningRate: number }).learningRate = learningRate;
}
