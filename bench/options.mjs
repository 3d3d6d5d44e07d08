// What `npm run bench` measures and for how long: the models, the backends and the time windows.

/** @typedef {'wasm' | 'webgl' | 'cpu'} BenchBackend */
/** @typedef {{ id: string, label: string, hash: string, samplesPerStep: number }} BenchModel */
/**
 * @typedef {object} BenchOptions
 * @property {boolean} quick BENCH_QUICK=1: short windows, for a smoke run
 * @property {BenchBackend[]} backends BENCH_BACKENDS=wasm,cpu
 * @property {BenchModel[]} models BENCH_MODELS=seed,mnist,map
 * @property {number} warmupMs training time left out after the first step
 * @property {number} speedWindowMs how long speeds are measured (seed model)
 * @property {number} viewsWindowMs how long the MNIST pages train with every view open (speed and long tasks)
 * @property {number} tensorStepTimeoutMs how long to wait for step 5,000 of the seed model
 * @property {number} nativeSeconds how long the native reference trains
 * @property {number} waitQuietMs BENCH_WAIT_QUIET=<seconds>: before each measurement, wait up to this long for
 *   other processes to leave the CPU (a shared machine); 0 measures at once
 */

const allBackends = /** @type {const} */ (['wasm', 'webgl', 'cpu']);

/**
 * The average samples per step of an epoch: the last batch of an epoch may be short.
 * @param {number} trainSize
 * @param {number} batchSize
 */
function samplesPerStep(trainSize, batchSize) {
  return trainSize / Math.ceil(trainSize / Math.min(batchSize, trainSize));
}

/**
 * The MNIST model of issue 7 as a URL hash, with the given number of validation samples.
 * @param {number} validationSize
 */
function mnistHash(validationSize) {
  return (
    `dataset=mnist&trainSize=10000&validationSize=${validationSize}&encoderUnits=256&latentSize=64` +
    '&hiddenActivation=relu&latentActivation=hidden&outputActivation=sigmoid&loss=binaryCrossentropy' +
    '&optimizer=adam&learningRate=0.001&epsilon=1e-7&batchSize=128&epochs=10000'
  );
}

/** The models, as the playground's URL hash (without the backend). Epochs at the maximum so no run ends. */
export const models = /** @type {BenchModel[]} */ ([
  {
    id: 'seed',
    label: 'Seed 10-5-5-5-10',
    hash:
      'dataset=uniform&trainSize=100&validationSize=20&featureCount=10&encoderUnits=5&latentSize=5' +
      '&hiddenActivation=relu&latentActivation=hidden&outputActivation=sigmoid&loss=mse&optimizer=adam' +
      '&batchSize=32&epochs=10000',
    samplesPerStep: samplesPerStep(100, 32),
  },
  {
    id: 'mnist',
    label: 'MNIST 784-256-64-256-784',
    hash: mnistHash(2000),
    samplesPerStep: samplesPerStep(10_000, 128),
  },
  // The same model with 10,000 validation samples: the latent map draws 10,000 points while it trains.
  {
    id: 'map',
    label: 'MNIST, latent map of 10,000',
    hash: mnistHash(10_000),
    samplesPerStep: samplesPerStep(10_000, 128),
  },
]);

/**
 * The backends BENCH_BACKENDS names, in the given order; all three when unset.
 * @param {string | undefined} list
 * @returns {BenchBackend[]}
 */
function parseBackends(list) {
  if (!list) return [...allBackends];
  const names = list
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !(/** @type {readonly string[]} */ (allBackends).includes(name)));
  if (unknown.length > 0)
    throw new Error(`BENCH_BACKENDS: unknown backend ${unknown.join(', ')} (use wasm, webgl, cpu)`);
  return /** @type {BenchBackend[]} */ (names);
}

/**
 * The models BENCH_MODELS names (seed, mnist, map); all when unset.
 * @param {string | undefined} list
 * @returns {BenchModel[]}
 */
function parseModels(list) {
  if (!list) return models;
  return list.split(',').map((id) => {
    const model = models.find((candidate) => candidate.id === id.trim());
    if (!model) throw new Error(`BENCH_MODELS: unknown model ${id} (use seed, mnist, map)`);
    return model;
  });
}

/**
 * Reads the environment: BENCH_QUICK=1, BENCH_BACKENDS and BENCH_MODELS.
 * @param {NodeJS.ProcessEnv} env
 * @returns {BenchOptions}
 */
export function readOptions(env) {
  const quick = env.BENCH_QUICK === '1' || env.BENCH_QUICK === 'true';
  return {
    quick,
    backends: parseBackends(env.BENCH_BACKENDS),
    models: parseModels(env.BENCH_MODELS),
    warmupMs: quick ? 1000 : 3000,
    speedWindowMs: quick ? 3000 : 10_000,
    viewsWindowMs: quick ? 4000 : 20_000,
    tensorStepTimeoutMs: quick ? 15_000 : 60_000,
    nativeSeconds: quick ? 3 : 8,
    waitQuietMs: Math.max(0, Number(env.BENCH_WAIT_QUIET ?? 0) * 1000 || 0),
  };
}

/**
 * The page's URL for a backend and model hash; WebGL needs the software-rasteriser switch in headless Chromium.
 * @param {string} base the app's root URL, ending in /
 * @param {BenchBackend | 'auto'} backend
 * @param {string} hash
 */
export function pageUrl(base, backend, hash) {
  const query = backend === 'webgl' ? '?software-webgl' : '';
  return `${base}${query}#${hash ? `${hash}&` : ''}backend=${backend}`;
}
