import { watchWebglContext, type BackendReport } from '../core/backend';
import type { DatasetShape } from '../settings/datasets';
import type { BackendName } from '../settings/options';
import { phrase, PhraseError, type Phrase } from '../settings/phrases';
import type { Settings } from '../settings/schema';
import { BackendSelector } from './backend-selection';
import type { Post } from './run-reporter';

/** The worker's backend: which one runs and why, the backends that failed in this worker (a recovery never goes
 * back to them), and a way to stop waiting on a backend that is gone. */
export class BackendKeeper {
  /** Lets WebGL run on a software rasteriser (headless tests). */
  softwareWebgl = false;
  private readonly unusable = new Map<BackendName, Phrase>();
  /** Rejects when the active backend reports it is gone (a lost WebGL context): a readback racing it fails
   * instead of waiting for ever, and the loop fails over. */
  private lost: Promise<never> = new Promise<never>(() => undefined);
  private report: BackendReport | null = null;
  private readonly selector: BackendSelector;
  private readonly post: Post;

  constructor(post: Post, selector: BackendSelector = new BackendSelector()) {
    this.post = post;
    this.selector = selector;
  }

  /** The backend that runs now, if one was chosen. */
  get active(): BackendName | null {
    return this.report?.active ?? null;
  }

  /** The backend for these settings: the active one while it fits them; otherwise `beforeSwitch` runs (the old
   * backend's tensors must go first) and a new one is chosen, started and announced to the page. */
  async ensure(settings: Settings, shape: DatasetShape, beforeSwitch: () => void): Promise<BackendReport> {
    if (this.report && this.selector.fits(this.report, settings, shape)) return this.report;
    beforeSwitch();
    const report = await this.selector.select(settings, shape, {
      softwareWebgl: this.softwareWebgl,
      unusable: this.unusable,
    });
    this.report = report;
    this.lost = new Promise<never>((_, reject) => {
      if (report.active === 'webgl')
        watchWebglContext(() => reject(new PhraseError(phrase('run.contextLost'))));
    });
    this.lost.catch(() => undefined);
    this.post({ type: 'backend', ...report });
    return report;
  }

  /** A backend call that fails as soon as the backend is lost, rather than never settling. */
  guarded<T>(work: Promise<T>): Promise<T> {
    return Promise.race([work, this.lost]);
  }

  /** Never chooses `backend` again in this worker, for `reason`. */
  markUnusable(backend: BackendName, reason: Phrase): void {
    this.unusable.set(backend, reason);
  }

  /** Forgets the active backend: the next run chooses again. */
  forget(): void {
    this.report = null;
  }
}
