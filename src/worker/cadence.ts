/** Runs a periodic task no more often than every `minIntervalMs`, and rarer when it is costly: after a run
 * that took `d` ms the next waits at least `d / budgetShare`, so the task never takes more than that share of
 * the time. Keeps the views' work from slowing training on slow backends. */
export class Cadence {
  private readonly minIntervalMs: number;
  private readonly budgetShare: number;
  private nextAt = -Infinity;

  constructor(minIntervalMs: number, budgetShare: number) {
    this.minIntervalMs = minIntervalMs;
    this.budgetShare = budgetShare;
  }

  /** Whether the task is due at `now`. */
  due(now: number): boolean {
    return now >= this.nextAt;
  }

  /** Makes the task due at once (a new run, a resume). */
  reset(): void {
    this.nextAt = -Infinity;
  }

  /** Runs the task and schedules the next run from how long this one took. */
  async run(task: () => Promise<void>, clock: () => number): Promise<void> {
    const start = clock();
    await task();
    const end = clock();
    this.nextAt = end + Math.max(this.minIntervalMs, (end - start) / this.budgetShare);
  }
}
