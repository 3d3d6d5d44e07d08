/** What the bench page asks the bare worker to do: train the model the hash describes for a while. */
export interface BareRequest {
  /** The playground's URL hash (without #) describing the model, data, optimizer and backend. */
  hash: string;
  softwareWebgl: boolean;
  /** Absolute URL of the folder holding manifest.json and the image chunks. */
  dataUrl: string;
  warmupMs: number;
  durationMs: number;
}

/** What the bare loop measured. */
export interface BareResult {
  backend: string;
  backendDetail: string;
  /** The first step, which compiles kernels (shaders on WebGL). */
  firstStepMs: number;
  steps: number;
  samples: number;
  elapsedMs: number;
  samplesPerSecond: number;
  finalLoss: number;
  tensorCount: number;
}

/** The worker's single answer. */
export type BareReply = { ok: true; result: BareResult } | { ok: false; error: string };
