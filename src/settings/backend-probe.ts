import type { BackendName } from './options';
import { isPhrase, type Phrase } from './phrases';

/** The backends the "auto" probe times against each other; CPU only runs when neither starts. */
export const PROBE_CANDIDATES: readonly BackendName[] = ['webgl', 'wasm'];

/** One backend's part in the probe: its training speed on the model, or why it could not run. */
export interface ProbeResult {
  backend: BackendName;
  /** Null when the backend did not start or failed while timed. */
  samplesPerSecond: number | null;
  error: Phrase | null;
}

/** What the "auto" backend measured on this device for a model of this size. */
export interface BackendProbe {
  results: ProbeResult[];
  /** The model size the figures hold for (see `modelBucket`). */
  bucket: string;
  parameters: number;
  batchSize: number;
  /** When the figures were measured, in ms since 1970, and how long the probe took. */
  measuredAtMs: number;
  durationMs: number;
  /** True when the figures came from an earlier visit's probe instead of being measured now. */
  fromCache: boolean;
}

/** What tells one device apart from another for the probe's cache. */
export interface DeviceFacts {
  userAgent: string;
  cores: number;
  /** Whether WebGL may run on a software rasteriser (it is far slower than a GPU). */
  softwareWebgl: boolean;
}

const PROBE_VERSION = 1;

/** The backends that ran, fastest first. */
export function rankBackends(results: readonly ProbeResult[]): BackendName[] {
  return results
    .filter((result) => result.samplesPerSecond !== null && Number.isFinite(result.samplesPerSecond))
    .sort((a, b) => (b.samplesPerSecond ?? 0) - (a.samplesPerSecond ?? 0))
    .map((result) => result.backend);
}

/** The fastest backend of the probe, or null when none ran. */
export function fastestBackend(results: readonly ProbeResult[]): BackendName | null {
  return rankBackends(results)[0] ?? null;
}

/** A probe whose fastest backend beats the next by at least this factor is kept; a closer call may be the
 * noise of a busy moment, and choosing either costs little, so the next run times again. */
export const DECISIVE_RATIO = 1.5;

/** Whether at least two backends were timed and the fastest won by `DECISIVE_RATIO` or more. */
export function isDecisive(results: readonly ProbeResult[]): boolean {
  const [first, second] = rankBackends(results).map(
    (backend) => results.find((result) => result.backend === backend)?.samplesPerSecond ?? 0,
  );
  return first !== undefined && second !== undefined && second > 0 && first / second >= DECISIVE_RATIO;
}

/** Models whose parameter count lies within the same power of two, trained with batch sizes within the same
 * power of two, share one probe: their speeds rank the backends alike. */
export function modelBucket(parameters: number, batchSize: number): string {
  const log2 = (value: number) => Math.round(Math.log2(Math.max(1, value)));
  return `p${log2(parameters)}-b${log2(batchSize)}`;
}

/** The cache key of a probe: the device, the model's size bucket and the probe's version. */
export function probeCacheKey(device: DeviceFacts, bucket: string): string {
  const webgl = device.softwareWebgl ? 'software-webgl' : 'gpu-webgl';
  return `v${PROBE_VERSION}|${device.userAgent}|${device.cores} cores|${webgl}|${bucket}`;
}

/** Whether a value read back from storage is a probe this version wrote (storage can hold anything). */
export function isBackendProbe(value: unknown): value is BackendProbe {
  if (typeof value !== 'object' || value === null) return false;
  const probe = value as Partial<BackendProbe>;
  return (
    Array.isArray(probe.results) &&
    probe.results.every(isProbeResult) &&
    typeof probe.bucket === 'string' &&
    typeof probe.parameters === 'number' &&
    typeof probe.batchSize === 'number' &&
    typeof probe.measuredAtMs === 'number' &&
    typeof probe.durationMs === 'number' &&
    typeof probe.fromCache === 'boolean'
  );
}

function isProbeResult(value: unknown): value is ProbeResult {
  if (typeof value !== 'object' || value === null) return false;
  const result = value as Partial<ProbeResult>;
  const speed = result.samplesPerSecond;
  return (
    (PROBE_CANDIDATES as readonly unknown[]).includes(result.backend) &&
    (speed === null || (typeof speed === 'number' && Number.isFinite(speed) && speed > 0)) &&
    (result.error === null || isPhrase(result.error))
  );
}
