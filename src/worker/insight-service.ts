import { decodeManifold, samplePrior } from '../core/generation';
import { sparsityStats } from '../core/sparsity';
import { InsightEngine } from '../core/insights';
import { computePcaBaseline } from '../core/pca-baseline';
import type { Settings } from '../settings/schema';
import type { LoadedData } from './data-store';
import type { ToWorker, ViewOptions } from './protocol';
import type { Post } from './session';
import type { Trainer } from '../core/train-loop';
import type { BackendName } from '../settings/options';
import { InsightRows } from './insight-rows';

/** Validation samples per page of the reconstruction view. */
export const PREVIEW_COUNT = 8;
const WORST_COUNT = 8;

type ViewRequest = Extract<
  ToWorker,
  { type: 'inspectSample' | 'decodeMapPoint' | 'decodeCodes' | 'interpolate' | 'requestWeights' | 'generate' }
>;

/** The worker's side of the views: reconstructions of a page of samples, the latent map and its questions,
 * the worst reconstructions, the weights, and the PCA baseline of the run. */
export class InsightService {
  private readonly post: Post;
  private readonly now: () => number;
  private engine: InsightEngine | null = null;
  private rows: InsightRows | null = null;
  private data: LoadedData | null = null;
  private trainer: Trainer | null = null;
  private options: ViewOptions = { latentAxes: [0, 1], previewPage: 0 };
  private baselineSent = false;
  private baselineRows: { fit: number; score: number | undefined } = { fit: 10_000, score: undefined };

  constructor(post: Post, now: () => number = () => performance.now()) {
    this.post = post;
    this.now = now;
  }

  /** Follows a new run; on the slow CPU backend the PCA baseline fits on fewer rows. */
  attach(trainer: Trainer, data: LoadedData, backend: BackendName): void {
    // Where matrix products are slow (the CPU backend, WebGL on a software renderer as in headless tests) the
    // baseline, which stalls training while it runs, fits and scores on fewer rows: SwiftShader took 15 s for it.
    this.baselineRows = backend === 'wasm' ? { fit: 10_000, score: undefined } : { fit: 2000, score: 2000 };
    this.detach();
    this.trainer = trainer;
    this.data = data;
    this.engine = new InsightEngine(trainer.model, data.tensors.validation);
    this.rows = new InsightRows(data.dataset.validation.count);
    this.baselineSent = false;
  }

  /** Forgets the run and frees what was computed for it. */
  detach(): void {
    this.engine?.dispose();
    this.engine = null;
    this.rows = null;
    this.trainer = null;
    this.data = null;
  }

  /** Changes what the views ask for. */
  setOptions(options: ViewOptions): void {
    this.options = options;
  }

  /** Posts the reconstructions of the current page of validation samples. */
  async sendSnapshot(): Promise<void> {
    const { trainer, data, engine } = this;
    if (!trainer || !data || !engine) return;
    const validation = data.dataset.validation;
    const pages = Math.max(1, Math.ceil(validation.count / PREVIEW_COUNT));
    const page = Math.min(this.options.previewPage, pages - 1);
    const start = page * PREVIEW_COUNT;
    const indices = Array.from(
      { length: Math.min(PREVIEW_COUNT, validation.count - start) },
      (_, i) => start + i,
    );
    // A denoising model is shown what it is trained on: corrupted inputs, and what it makes of them.
    const noisy =
      trainer.variant === 'denoising' ? await trainer.noisyValidation(start, indices.length) : null;
    const { inputs, outputs: clean } = await engine.samples(indices);
    const outputs = noisy ? await trainer.reconstructValues(noisy) : clean;
    const labels = validation.labels?.slice(start, start + indices.length) ?? null;
    this.post(
      {
        type: 'snapshot',
        step: trainer.step,
        page,
        previewInputs: inputs,
        previewOutputs: outputs,
        previewNoisy: noisy,
        previewLabels: labels,
        previewCount: indices.length,
      },
      [inputs.buffer, outputs.buffer, ...(noisy ? [noisy.buffer] : []), ...(labels ? [labels.buffer] : [])],
    );
  }

  /** Posts the latent map, the per-sample errors and the worst reconstructions, over as many validation samples
   * as a round of about ROUND_TARGET_MS covers on this backend. */
  async sendInsights(): Promise<void> {
    const { trainer, data, engine, rows } = this;
    if (!trainer || !data || !engine || !rows) return;
    const start = this.now();
    const count = rows.rows;
    const insights = await engine.compute(this.options.latentAxes, count);
    const order = Array.from(insights.errors.keys()).sort(
      (a, b) => (insights.errors[b] ?? 0) - (insights.errors[a] ?? 0),
    );
    const worstIndices = order.slice(0, WORST_COUNT);
    const worst = await engine.samples(worstIndices);
    const labels = data.dataset.validation.labels?.slice(0, count) ?? null;
    const sparsity =
      trainer.variant === 'sparse'
        ? await sparsityStats(trainer.model, trainer.twin?.model ?? null, data.tensors.validation)
        : null;
    rows.record(this.now() - start);
    this.post(
      {
        type: 'insights',
        step: trainer.step,
        ...insights,
        validationCount: rows.total,
        labels,
        worst: { indices: Int32Array.from(worstIndices), ...worst },
        sparsity,
      },
      [
        insights.xy.buffer,
        insights.errors.buffer,
        worst.inputs.buffer,
        worst.outputs.buffer,
        ...(labels ? [labels.buffer] : []),
        ...(sparsity ? [sparsity.activations.buffer] : []),
      ],
    );
  }

  /** Fits and posts the PCA baseline once per run. */
  async sendBaselineOnce(settings: Settings): Promise<void> {
    const { data } = this;
    if (this.baselineSent || !data) return;
    this.baselineSent = true;
    const previewCount = Math.min(PREVIEW_COUNT, data.dataset.validation.count);
    const baseline = await computePcaBaseline(data.tensors.train, data.tensors.validation, settings, {
      previewCount,
      fitRows: this.baselineRows.fit,
      scoreRows: this.baselineRows.score,
    });
    this.post({ type: 'pcaBaseline', ...baseline }, [baseline.previewOutputs.buffer]);
  }

  /** Answers a view's question about the current model; without a run, there is nothing to answer. */
  async answer(request: ViewRequest): Promise<void> {
    const engine = this.engine;
    if (!engine) return;
    switch (request.type) {
      case 'generate': {
        const model = this.trainer?.model;
        if (!model?.variational) return;
        const outputs =
          request.kind === 'prior'
            ? await samplePrior(model, request.side * request.side, request.seed)
            : model.latentSize === 2
              ? await decodeManifold(model, request.side)
              : null;
        if (!outputs) return;
        this.post({ type: 'generated', kind: request.kind, side: request.side, outputs }, [outputs.buffer]);
        return;
      }
      case 'inspectSample': {
        const { input, output } = await engine.inspect(request.index);
        this.post({ type: 'sampleInspection', index: request.index, input, output }, [
          input.buffer,
          output.buffer,
        ]);
        return;
      }
      case 'decodeMapPoint': {
        const output = await engine.decodeMapPoint(request.x, request.y);
        this.post({ type: 'decodedImage', purpose: 'mapPoint', output }, [output.buffer]);
        return;
      }
      case 'decodeCodes': {
        const output = await engine.decodeCodes(request.codes);
        this.post({ type: 'decodedImage', purpose: 'traversal', output }, [output.buffer]);
        return;
      }
      case 'interpolate': {
        const outputs = await engine.interpolate(request.from, request.to, request.frames);
        this.post(
          { type: 'interpolation', from: request.from, to: request.to, frames: request.frames, outputs },
          [outputs.buffer],
        );
        return;
      }
      case 'requestWeights': {
        const weights = await engine.weights();
        const latentSize = weights.unitImages.length / (this.data?.dataset.features ?? 1);
        this.post({ type: 'weights', ...weights, latentSize }, [
          weights.kernel.buffer,
          weights.unitImages.buffer,
        ]);
        return;
      }
    }
  }
}
