/** How long a round of the views (latent map, errors, worst reconstructions) may stop training for. The map of
 * 10,000 MNIST samples took about 8 s on the CPU backend here: a round that long froze training while it ran. */
export const ROUND_TARGET_MS = 400;
/** The first round covers this many samples, at most: a quick round on any backend, the map at once. */
export const FIRST_ROUND_ROWS = 1024;
/** Never fewer samples than this, however slow the backend: a map needs points to show a shape. */
export const MIN_ROUND_ROWS = 256;
const ROW_STEP = 128;

/** How many validation samples a round of the views covers: all of them where rounds are quick, the first few
 * hundred where the backend is slow. Starts small, doubles while a round takes under half the target, and cuts
 * back to what fits when one takes over one and a half times it; in between it stays, so the map does not change
 * its number of points with every wobble of the machine. */
export class InsightRows {
  readonly total: number;
  private current: number;

  constructor(total: number) {
    this.total = total;
    this.current = Math.min(total, FIRST_ROUND_ROWS);
  }

  /** The samples the next round covers. */
  get rows(): number {
    return this.current;
  }

  /** Learns from a round over `rows` samples that took `elapsedMs`. */
  record(elapsedMs: number): void {
    if (elapsedMs < ROUND_TARGET_MS / 2) {
      this.current = Math.min(this.total, this.current * 2);
    } else if (elapsedMs > ROUND_TARGET_MS * 1.5) {
      const fitting = Math.floor((this.current * ROUND_TARGET_MS) / elapsedMs / ROW_STEP) * ROW_STEP;
      this.current = Math.min(this.total, Math.max(MIN_ROUND_ROWS, fitting));
    }
  }
}
