/** Training speed over a sliding window of recent intervals, so one slow interval (a snapshot, a validation
 * pass) does not make the figure jump. */
export class SpeedMeter {
  private intervals: { samples: number; elapsedMs: number }[] = [];
  private readonly windowMs: number;

  constructor(windowMs = 1000) {
    this.windowMs = windowMs;
  }

  /** Records `samples` trained in `elapsedMs`. */
  add(samples: number, elapsedMs: number): void {
    this.intervals.push({ samples, elapsedMs });
    let total = this.intervals.reduce((sum, interval) => sum + interval.elapsedMs, 0);
    while (this.intervals.length > 1 && total - (this.intervals[0]?.elapsedMs ?? 0) >= this.windowMs) {
      total -= this.intervals.shift()?.elapsedMs ?? 0;
    }
  }

  /** Samples per second over the window; null before any interval. */
  samplesPerSecond(): number | null {
    const elapsedMs = this.intervals.reduce((sum, interval) => sum + interval.elapsedMs, 0);
    if (elapsedMs <= 0) return null;
    return (this.intervals.reduce((sum, interval) => sum + interval.samples, 0) * 1000) / elapsedMs;
  }

  /** Forgets every interval (a pause, a new run). */
  clear(): void {
    this.intervals = [];
  }
}
