import type { Activation, OutputActivation } from '../settings/options';
import type { Settings } from '../settings/schema';
import {
  gaussianNoiseOf,
  numberLiteral as n,
  sparsityOf,
  type LayerPlan,
  type ModelPlan,
} from './model-plan';

/** A Keras 3 (Python) script that builds and trains the plan's autoencoder with the same hyperparameters. */
export function generateKerasScript(plan: ModelPlan): string {
  const { settings } = plan;
  return [
    '"""Autoencoder Playground export: the same autoencoder, trained the same way, in Keras 3.',
    '',
    'Run: pip install keras tensorflow numpy && python autoencoder.py',
    ...plan.caveats.map((caveat) => `Note: ${caveat}`),
    '"""',
    'import numpy as np',
    'import keras',
    'from keras import layers',
    '',
    `SEED = ${settings.seed}`,
    `FEATURES = ${plan.features}`,
    `TRAIN_SIZE = ${plan.trainSize}`,
    `VALIDATION_SIZE = ${settings.validationSize}`,
    `BATCH_SIZE = ${plan.batchSize}`,
    `EPOCHS = ${settings.epochs}`,
    '',
    '# Seeds Python, NumPy and the backend; each layer also gets its own initializer seed.',
    'keras.utils.set_random_seed(SEED)',
    '',
    ...dataLoader(plan),
    '',
    'x_train, x_val = load_data()',
    '',
    ...sequential('encoder', plan.features, encoderLayers(plan), 0),
    '',
    ...sequential(
      'decoder',
      settings.latentSize,
      plan.decoder.map((layer) => dense(layer)),
      plan.encoder.length,
    ),
    '',
    'autoencoder = keras.Sequential([encoder, decoder], name="autoencoder")',
    `optimizer = ${optimizer(settings)}`,
    `autoencoder.compile(optimizer=optimizer, loss=${loss(settings)})`,
    'autoencoder.summary()',
    'autoencoder.fit(',
    '    x_train,',
    '    x_train,',
    '    batch_size=BATCH_SIZE,',
    '    epochs=EPOCHS,',
    '    shuffle=True,',
    '    validation_data=(x_val, x_val),',
    ')',
    '# As the tutorial does: the loss over the whole training set.',
    'print("loss:", autoencoder.evaluate(x_train, x_train, batch_size=BATCH_SIZE, verbose=0))',
    '',
  ].join('\n');
}

/** A layer as Python source, with `{seed}` standing for its initializer seed. */
type LayerSource = string[];

function encoderLayers(plan: ModelPlan): LayerSource[] {
  const noise = gaussianNoiseOf(plan);
  const sparsity = sparsityOf(plan);
  const denseLayers = plan.encoder.map((layer) => dense(layer));
  // The L1 penalty of a sparse autoencoder, λ·Σ|z| per sample averaged over the batch, on the code.
  const layersSource =
    sparsity === null ? denseLayers : [...denseLayers, [`layers.ActivityRegularization(l1=${n(sparsity)})`]];
  // Active only while training: the loss compares the clean input with the rebuilt one.
  return noise === null ? layersSource : [[`layers.GaussianNoise(${n(noise)}, seed=SEED)`], ...layersSource];
}

function dense(layer: LayerPlan): LayerSource {
  const leaky = layer.activation === 'leakyRelu';
  const args = [
    String(layer.units),
    `activation="${activationNames[layer.activation]}"`,
    'kernel_initializer=keras.initializers.GlorotUniform(seed={seed})',
  ];
  const source = [`layers.Dense(${args.join(', ')})`];
  // The playground's leaky ReLU uses slope 0.2 for negative inputs.
  return leaky ? [...source, 'layers.LeakyReLU(negative_slope=0.2)'] : source;
}

function sequential(name: string, inputs: number, layerList: LayerSource[], firstSeed: number): string[] {
  let seed = firstSeed;
  const lines = layerList.flatMap((source) => {
    const usesSeed = source[0]?.includes('{seed}') ?? false;
    const resolved = source.map((line) => `        ${line.replace('{seed}', `SEED + ${seed}`)},`);
    if (usesSeed) seed += 1;
    return resolved;
  });
  return [
    `${name} = keras.Sequential(`,
    '    [',
    `        keras.Input(shape=(${inputs},)),`,
    ...lines,
    '    ],',
    `    name="${name}",`,
    ')',
  ];
}

const activationNames: Record<Activation | OutputActivation, string> = {
  // A LeakyReLU layer follows the linear Dense layer.
  leakyRelu: 'linear',
  relu: 'relu',
  tanh: 'tanh',
  sigmoid: 'sigmoid',
  linear: 'linear',
  elu: 'elu',
  selu: 'selu',
};

function loss(settings: Settings): string {
  switch (settings.loss) {
    case 'binaryCrossentropy':
      // The playground computes it on the logits; a sigmoid output with Keras' binary cross-entropy is the same.
      return '"binary_crossentropy"';
    case 'mse':
      return '"mean_squared_error"';
    case 'mae':
      return '"mean_absolute_error"';
    case 'huber':
      return `keras.losses.Huber(delta=${n(settings.huberDelta)})`;
  }
}

function optimizer(settings: Settings): string {
  const rate = `learning_rate=${n(settings.learningRate)}`;
  const eps = `epsilon=${n(settings.epsilon)}`;
  const clip =
    settings.clipping === 'value'
      ? [`clipvalue=${n(settings.clipThreshold)}`]
      : settings.clipping === 'norm'
        ? [`global_clipnorm=${n(settings.clipThreshold)}`]
        : [];
  const call = (name: string, args: string[]) => `keras.optimizers.${name}(${[...args, ...clip].join(', ')})`;
  const py = (flag: boolean) => (flag ? 'True' : 'False');
  switch (settings.optimizer) {
    case 'sgd':
      return call('SGD', [rate]);
    case 'momentum':
      return call('SGD', [rate, `momentum=${n(settings.momentum)}`, `nesterov=${py(settings.nesterov)}`]);
    case 'adagrad':
      // tfjs adds the backend's epsilon, 1e-7 on the CPU and WASM backends.
      return call('Adagrad', [
        rate,
        `initial_accumulator_value=${n(settings.initialAccumulator)}`,
        'epsilon=1e-7',
      ]);
    case 'adadelta':
      return call('Adadelta', [rate, `rho=${n(settings.rho)}`, eps]);
    case 'rmsprop':
      return call('RMSprop', [
        rate,
        `rho=${n(settings.decay)}`,
        `momentum=${n(settings.rmspropMomentum)}`,
        eps,
        `centered=${py(settings.centered)}`,
      ]);
    case 'adam':
      return call('Adam', [rate, `beta_1=${n(settings.beta1)}`, `beta_2=${n(settings.beta2)}`, eps]);
    case 'adamax':
      return call('Adamax', [rate, `beta_1=${n(settings.beta1)}`, `beta_2=${n(settings.beta2)}`, eps]);
  }
}

function dataLoader(plan: ModelPlan): string[] {
  const head = [
    'def load_data():',
    '    """Training and validation samples as float32 rows in the input space."""',
  ];
  switch (plan.data.kind) {
    case 'uniform':
      return [
        ...head,
        "    # The tutorial's data: uniform random values in [0, 1), drawn from the seed.",
        '    rng = np.random.default_rng(SEED)',
        '    x_train = rng.random((TRAIN_SIZE, FEATURES), dtype=np.float32)',
        '    x_val = rng.random((VALIDATION_SIZE, FEATURES), dtype=np.float32)',
        '    return x_train, x_val',
      ];
    case 'mnist':
    case 'fashion-mnist': {
      const name = plan.data.kind === 'mnist' ? 'mnist' : 'fashion_mnist';
      return [
        ...head,
        `    (x_train, _), (x_test, _) = keras.datasets.${name}.load_data()`,
        '    x_train = x_train.reshape(-1, FEATURES).astype("float32") / 255',
        '    x_test = x_test.reshape(-1, FEATURES).astype("float32") / 255',
        '    # As the playground: the first samples of the training set, validation from the test set.',
        '    return x_train[:TRAIN_SIZE], x_test[:VALIDATION_SIZE]',
      ];
    }
    case 'own':
      return [
        ...head,
        `    # The playground trained on "${plan.data.label}". Load the same data here, one sample per row,`,
        '    # scaled as in the playground, e.g. data = np.loadtxt("data.csv", delimiter=",", dtype=np.float32).',
        '    # Until then, random values of the same shape stand in for it.',
        '    rng = np.random.default_rng(SEED)',
        '    data = rng.random((TRAIN_SIZE + VALIDATION_SIZE, FEATURES), dtype=np.float32)',
        '    return data[:TRAIN_SIZE], data[TRAIN_SIZE:]',
      ];
  }
}
