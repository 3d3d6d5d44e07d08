import { activateBackend, startBackend, type BackendReport } from '../core/backend';
import { measureTrainingSpeed } from '../core/backend-probe';
import {
  PROBE_CANDIDATES,
  isDecisive,
  modelBucket,
  probeCacheKey,
  rankBackends,
  type BackendProbe,
  type DeviceFacts,
  type ProbeResult,
} from '../settings/backend-probe';
import type { DatasetShape } from '../settings/datasets';
import { effectiveBatchSize, layerWidths, parameterCount } from '../settings/model-shape';
import type { BackendName } from '../settings/options';
import type { Settings } from '../settings/schema';
import { phrase, phraseOf, type Phrase } from '../settings/phrases';
import { openProbeCache, type ProbeCache } from './probe-cache';
import { withTimeout } from './with-timeout';

/** How backends may start here. */
export interface SelectionOptions {
  /** Lets WebGL run on a software rasteriser (headless tests). */
  softwareWebgl: boolean;
  /** Backends that already failed in this worker, and why: never chosen again. */
  unusable: ReadonlyMap<BackendName, Phrase>;
}

/** What the selector needs of the backends: start one, activate one along a chain, time a model on the active
 * one (samples per second). The real ones are tfjs's; tests pass their own. */
export interface BackendEngine {
  start: (backend: BackendName, options: SelectionOptions) => Promise<Phrase | null>;
  activate: typeof activateBackend;
  measure: (settings: Settings, shape: DatasetShape, backend: BackendName) => Promise<number>;
}

const tfjsEngine: BackendEngine = {
  start: startBackend,
  activate: activateBackend,
  measure: (settings, shape, backend) => measureTrainingSpeed(settings, shape, backend),
};

/** The device as the worker sees it; outside a browser, an anonymous one. */
export function currentDevice(softwareWebgl: boolean): DeviceFacts {
  const browser = (globalThis as { navigator?: { userAgent?: string; hardwareConcurrency?: number } })
    .navigator;
  return {
    userAgent: browser?.userAgent ?? 'unknown',
    cores: browser?.hardwareConcurrency ?? 1,
    softwareWebgl,
  };
}

/** Picks and starts the backend of a run. A named backend starts as asked (falling back when it cannot);
 * "auto" times the model on each backend that starts (once per device and model size, then from the cache)
 * and takes the fastest. */
export class BackendSelector {
  private readonly cache: ProbeCache;
  private readonly engine: BackendEngine;
  private readonly timeoutMs: number;

  /** `timeoutMs` bounds the timing of one backend: one that never answers (a lost GPU) counts as failed. */
  constructor(cache: ProbeCache = openProbeCache(), engine: BackendEngine = tfjsEngine, timeoutMs = 60_000) {
    this.cache = cache;
    this.engine = engine;
    this.timeoutMs = timeoutMs;
  }

  /** Whether the active backend still suits these settings: the same choice and, for a probe that compared
   * backends, a model of the same size. */
  fits(report: BackendReport, settings: Settings, shape: DatasetShape): boolean {
    if (report.requested !== settings.backend) return false;
    if (settings.backend !== 'auto' || !report.probe || timedCount(report.probe) < 2) return true;
    return report.probe.bucket === modelSize(settings, shape).bucket;
  }

  /** Starts the backend for these settings and says which runs, why, and what the probe measured. */
  async select(settings: Settings, shape: DatasetShape, options: SelectionOptions): Promise<BackendReport> {
    if (settings.backend !== 'auto') return this.engine.activate(settings.backend, options);
    const size = modelSize(settings, shape);
    const key = probeCacheKey(currentDevice(options.softwareWebgl), size.bucket);
    let probe = await this.cache.read(key);
    if (!probe) {
      probe = await this.probe(settings, shape, size, options);
      if (isDecisive(probe.results)) await this.cache.write(key, probe);
    }
    const report = await this.engine.activate('auto', { ...options, order: activationOrder(probe.results) });
    const failedInProbe = probe.results.flatMap((result) =>
      result.error !== null && result.backend !== report.active
        ? [{ backend: result.backend, reason: result.error }]
        : [],
    );
    const later = report.fallbacks.filter(
      (fallback) => !failedInProbe.some((f) => f.backend === fallback.backend),
    );
    return { ...report, fallbacks: [...failedInProbe, ...later], probe };
  }

  /** Starts each candidate; when two or more start, times the model on each. */
  private async probe(
    settings: Settings,
    shape: DatasetShape,
    size: ModelSize,
    options: SelectionOptions,
  ): Promise<BackendProbe> {
    const startedAtMs = performance.now();
    const outcomes = new Map<BackendName, ProbeResult>();
    const started: BackendName[] = [];
    for (const backend of PROBE_CANDIDATES) {
      const reason = options.unusable.get(backend) ?? (await this.startSafely(backend, options));
      if (reason === null) started.push(backend);
      else outcomes.set(backend, { backend, samplesPerSecond: null, error: reason });
    }
    for (const backend of started) {
      outcomes.set(
        backend,
        started.length < 2
          ? { backend, samplesPerSecond: null, error: null }
          : await this.time(settings, shape, backend, options),
      );
    }
    return {
      results: PROBE_CANDIDATES.flatMap((backend) => outcomes.get(backend) ?? []),
      bucket: size.bucket,
      parameters: size.parameters,
      batchSize: size.batchSize,
      measuredAtMs: Date.now(),
      durationMs: performance.now() - startedAtMs,
      fromCache: false,
    };
  }

  private async time(
    settings: Settings,
    shape: DatasetShape,
    backend: BackendName,
    options: SelectionOptions,
  ): Promise<ProbeResult> {
    try {
      const reason = await this.engine.start(backend, options);
      if (reason !== null) return { backend, samplesPerSecond: null, error: reason };
      const samplesPerSecond = await withTimeout(
        this.engine.measure(settings, shape, backend),
        this.timeoutMs,
        phrase('backend.noAnswer', { seconds: Math.round(this.timeoutMs / 1000) }),
      );
      return { backend, samplesPerSecond, error: null };
    } catch (error) {
      return {
        backend,
        samplesPerSecond: null,
        error: phrase('backend.failedWhileTimed', { reason: phraseOf(error) }),
      };
    }
  }

  private async startSafely(backend: BackendName, options: SelectionOptions): Promise<Phrase | null> {
    try {
      return await this.engine.start(backend, options);
    } catch (error) {
      return phraseOf(error);
    }
  }
}

interface ModelSize {
  parameters: number;
  batchSize: number;
  bucket: string;
}

function modelSize(settings: Settings, shape: DatasetShape): ModelSize {
  const parameters = parameterCount(layerWidths(settings.encoderUnits, settings.latentSize, shape.features));
  const batchSize = effectiveBatchSize(settings);
  return { parameters, batchSize, bucket: modelBucket(parameters, batchSize) };
}

/** The chain "auto" activates after a probe: the timed backends fastest first, then those that started
 * untimed, then the rest of webgl → wasm → cpu; a backend that failed in the probe comes last, so that it is
 * not started and refused again (a refused WebGL cost 2–100 ms more here) before one that works. */
function activationOrder(results: readonly ProbeResult[]): BackendName[] {
  const failed = (backend: BackendName) =>
    results.some((result) => result.backend === backend && result.error !== null);
  const untimed = results.flatMap((result) =>
    result.error === null && result.samplesPerSecond === null ? [result.backend] : [],
  );
  const first = [...rankBackends(results), ...untimed];
  const rest = (['webgl', 'wasm', 'cpu'] as const).filter((backend) => !first.includes(backend));
  return [...first, ...rest.filter((backend) => !failed(backend)), ...rest.filter(failed)];
}

function timedCount(probe: BackendProbe): number {
  return probe.results.filter((result) => result.samplesPerSecond !== null).length;
}
