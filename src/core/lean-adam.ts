import * as tf from '@tensorflow/tfjs-core';
import { adamUpdateOnWasm } from './adam-update-wasm';

/** The state tfjs's AdamOptimizer keeps in private fields. */
interface AdamState {
  learningRate: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  /** β1^t and β2^t, t counting from 1. */
  accBeta1: tf.Variable;
  accBeta2: tf.Variable;
  accumulatedFirstMoment: ({ originalName: string; variable: tf.Variable } | undefined)[];
  accumulatedSecondMoment: ({ originalName: string; variable: tf.Variable } | undefined)[];
}

/** tfjs's Adam with the same update in 12 passes over each weight instead of 14, and its constants made into
 * tensors once per step instead of once per weight: m ← m + (1 − β1)(g − m), v ← v + (1 − β2)(g² − v), and
 * θ ← θ − α m / (√v + ε̂) with α = η √(1 − β2^t) / (1 − β1^t) and ε̂ = ε √(1 − β2^t), which is
 * θ − η m̂ / (√v̂ + ε) with m̂ and v̂ bias-corrected, as tfjs writes it. On WASM the three lines are one
 * pass over each weight. State, weights and serialisation are tfjs's own. */
export class LeanAdamOptimizer extends tf.AdamOptimizer {
  override applyGradients(variableGradients: Parameters<tf.Optimizer['applyGradients']>[0]): void {
    const state = this as unknown as AdamState;
    const names = Array.isArray(variableGradients)
      ? variableGradients.map((entry) => entry.name)
      : Object.keys(variableGradients);
    const gradientOf = (name: string, index: number) =>
      Array.isArray(variableGradients) ? variableGradients[index]?.tensor : variableGradients[name];
    tf.tidy(() => {
      if (tf.getBackend() === 'wasm') this.updateInOnePass(state, names, gradientOf);
      else this.updateWithTensorOps(state, names, gradientOf);
      state.accBeta1.assign(tf.mul(state.accBeta1, state.beta1));
      state.accBeta2.assign(tf.mul(state.accBeta2, state.beta2));
    });
    this.incrementIterations();
  }

  /** The update as tensor ops (12 passes over each weight), on any backend. */
  private updateWithTensorOps(state: AdamState, names: string[], gradientOf: GradientOf): void {
    const rootOfSecondCorrection = tf.sqrt(tf.sub(1, state.accBeta2));
    const negativeStep = tf.div(
      tf.mul(rootOfSecondCorrection, -state.learningRate),
      tf.sub(1, state.accBeta1),
    );
    const correctedEpsilon = tf.mul(rootOfSecondCorrection, state.epsilon);
    const firstRate = tf.scalar(1 - state.beta1);
    const secondRate = tf.scalar(1 - state.beta2);
    names.forEach((name, index) => {
      const weight = weightOf(state, name, index, gradientOf);
      if (!weight) return;
      const { value, firstMoment, secondMoment, gradient } = weight;
      const newFirst = tf.add(firstMoment, tf.mul(tf.sub(gradient, firstMoment), firstRate));
      const newSecond = tf.add(secondMoment, tf.mul(tf.sub(tf.square(gradient), secondMoment), secondRate));
      firstMoment.assign(newFirst);
      secondMoment.assign(newSecond);
      const direction = tf.div(newFirst, tf.add(tf.sqrt(newSecond), correctedEpsilon));
      value.assign(tf.add(value, tf.mul(direction, negativeStep)));
    });
  }

  /** The update in one pass over each weight (see adam-update-wasm.ts), on WASM. */
  private updateInOnePass(state: AdamState, names: string[], gradientOf: GradientOf): void {
    // β^t are scalars on the heap: reading them is a copy of 4 bytes.
    const rootOfSecondCorrection = Math.sqrt(1 - (state.accBeta2.dataSync()[0] ?? Number.NaN));
    const constants = {
      firstRate: 1 - state.beta1,
      secondRate: 1 - state.beta2,
      negativeStep:
        (-state.learningRate * rootOfSecondCorrection) / (1 - (state.accBeta1.dataSync()[0] ?? Number.NaN)),
      correctedEpsilon: state.epsilon * rootOfSecondCorrection,
    };
    names.forEach((name, index) => {
      const weight = weightOf(state, name, index, gradientOf);
      if (!weight) return;
      const [newValue, newFirst, newSecond] = adamUpdateOnWasm(weight, constants);
      weight.firstMoment.assign(newFirst);
      weight.secondMoment.assign(newSecond);
      weight.value.assign(newValue);
    });
  }
}

type GradientOf = (name: string, index: number) => tf.Tensor | undefined;

/** A weight to update with its moments (created at its first update) and gradient; null when it has none. */
function weightOf(state: AdamState, name: string, index: number, gradientOf: GradientOf) {
  const value = tf.engine().registeredVariables[name];
  const gradient = gradientOf(name, index);
  if (!value || !gradient) return null;
  return {
    value,
    gradient,
    firstMoment: momentOf(state.accumulatedFirstMoment, index, `${name}/m`, value),
    secondMoment: momentOf(state.accumulatedSecondMoment, index, `${name}/v`, value),
  };
}

/** A weight's moment, created as zeros (not trainable) at its first update, as tfjs creates it. */
function momentOf(
  moments: AdamState['accumulatedFirstMoment'],
  index: number,
  originalName: string,
  value: tf.Variable,
): tf.Variable {
  const existing = moments[index];
  if (existing) return existing.variable;
  const variable = tf.tidy(() => tf.zerosLike(value).variable(false));
  moments[index] = { originalName, variable };
  return variable;
}
