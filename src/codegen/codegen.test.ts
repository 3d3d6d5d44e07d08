import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPreset, findPreset } from '../settings/presets';
import { defaultSettings, type Settings } from '../settings/schema';
import { generateKerasScript } from './keras';
import { planModel } from './model-plan';
import { generateTfjsScript } from './tfjs-node';

// Inside the repository, so `node` resolves the installed @tensorflow packages.
const workDir = join(process.cwd(), 'node_modules', '.cache', 'codegen-test');
mkdirSync(workDir, { recursive: true });

const seedExample = applyPreset(
  findPreset('seed-example') ?? fail('no seed-example preset'),
  defaultSettings,
);

const variety: { name: string; settings: Settings; features: number }[] = [
  { name: 'seed example', settings: seedExample, features: seedExample.featureCount },
  { name: 'MNIST default', settings: defaultSettings, features: 784 },
  {
    name: 'sparse, leaky ReLU, Huber, RMSProp, norm clipping',
    settings: {
      ...defaultSettings,
      variant: 'sparse',
      hiddenActivation: 'leakyRelu',
      loss: 'huber',
      outputActivation: 'linear',
      optimizer: 'rmsprop',
      rmspropMomentum: 0.5,
      clipping: 'norm',
      encoderUnits: [64, 32],
    },
    features: 784,
  },
  {
    name: 'denoising blobs, momentum, value clipping',
    settings: {
      ...defaultSettings,
      dataset: 'blobs',
      variant: 'denoising',
      loss: 'mse',
      optimizer: 'momentum',
      nesterov: true,
      clipping: 'value',
      clipThreshold: 0.5,
      encoderUnits: [],
    },
    features: 10,
  },
  {
    name: 'variational, AdaGrad',
    settings: { ...defaultSettings, variant: 'variational', optimizer: 'adagrad', latentSize: 2 },
    features: 784,
  },
];

function fail(message: string): never {
  throw new Error(message);
}

function write(name: string, text: string): string {
  const path = join(workDir, name);
  writeFileSync(path, text);
  return path;
}

describe('Keras code generator', () => {
  it.each(variety)('writes Python that compiles: $name', ({ name, settings, features }) => {
    const path = write(`${name.replace(/\W+/g, '-')}.py`, generateKerasScript(planModel(settings, features)));
    expect(() => execFileSync('python3', ['-m', 'py_compile', path], { stdio: 'pipe' })).not.toThrow();
  });

  it('passes the hyperparameters explicitly', () => {
    const script = generateKerasScript(
      planModel(
        { ...defaultSettings, learningRate: 0.003, beta2: 0.99, clipping: 'norm', clipThreshold: 2 },
        784,
      ),
    );
    expect(script).toContain(
      'keras.optimizers.Adam(learning_rate=0.003, beta_1=0.9, beta_2=0.99, epsilon=1e-7, global_clipnorm=2)',
    );
    expect(script).toContain('layers.Dense(784, activation="sigmoid"');
    expect(script).toContain('loss="binary_crossentropy"');
    expect(script).toContain('keras.datasets.mnist.load_data()');
    expect(script).toContain('SEED = 42');
    expect(script).toContain('BATCH_SIZE = 128');
  });

  it('puts the L1 penalty on the code only', () => {
    const script = generateKerasScript(
      planModel({ ...defaultSettings, variant: 'sparse', sparsityRate: 0.01, encoderUnits: [64, 32] }, 784),
    );
    expect(script.match(/ActivityRegularization/g)).toHaveLength(1);
    expect(script).toMatch(
      /Dense\(32, activation="relu"[^\n]*\n\s*layers\.ActivityRegularization\(l1=0\.01\)/,
    );
  });

  it('says what it leaves out', () => {
    const script = generateKerasScript(planModel({ ...defaultSettings, variant: 'variational' }, 784));
    expect(script).toContain('Note: The playground trained a variational autoencoder');
  });
});

describe('TF.js code generator', () => {
  // MNIST-sized ones stay out: one epoch of them on the CPU takes long, and the others cover the same code.
  it.each(variety.filter((entry) => entry.features < 784 || entry.settings.variant === 'sparse'))(
    'writes a Node script that trains one epoch to a finite loss: $name',
    ({ name, settings, features }) => {
      const small = {
        ...settings,
        epochs: 1,
        trainSize: Math.min(settings.trainSize, 256),
        validationSize: 64,
      };
      const path = write(`${name.replace(/\W+/g, '-')}.mjs`, generateTfjsScript(planModel(small, features)));
      const output = execFileSync('node', [path], { encoding: 'utf8', stdio: 'pipe', timeout: 60_000 });
      const match = /epoch 1\/1 loss (\S+) val_loss (\S+)/.exec(output);
      expect(match, output).not.toBeNull();
      expect(Number.isFinite(Number(match?.[1]))).toBe(true);
      expect(Number.isFinite(Number(match?.[2]))).toBe(true);
    },
  );
});
