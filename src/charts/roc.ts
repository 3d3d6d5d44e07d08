/** How well a score separates anomalies (positives) from normal samples: the ROC curve, its area, and the
 * confusion figures at a threshold. Scores above the threshold are flagged as anomalies. */

export interface RocPoint {
  /** The threshold that gives this point: flag scores ≥ threshold. */
  threshold: number;
  falsePositiveRate: number;
  truePositiveRate: number;
}

export interface Roc {
  points: RocPoint[];
  /** Area under the curve: the chance a random anomaly scores above a random normal sample (ties half). */
  auc: number;
}

export interface Confusion {
  truePositives: number;
  falsePositives: number;
  trueNegatives: number;
  falseNegatives: number;
  /** Of the flagged samples, the share that are anomalies (NaN when nothing is flagged). */
  precision: number;
  /** Of the anomalies, the share flagged. */
  recall: number;
  /** Of the normal samples, the share flagged. */
  falsePositiveRate: number;
}

/** The ROC curve from the highest threshold (nothing flagged) down to the lowest (everything flagged), one
 * point per distinct score, and its area by the trapezoid rule (equal to the Mann–Whitney statistic). */
export function rocCurve(scores: ArrayLike<number>, isAnomaly: ArrayLike<boolean>): Roc {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort(
    (a, b) => (scores[b] ?? 0) - (scores[a] ?? 0),
  );
  const positives = order.filter((i) => isAnomaly[i]).length;
  const negatives = order.length - positives;
  const points: RocPoint[] = [{ threshold: Infinity, falsePositiveRate: 0, truePositiveRate: 0 }];
  if (positives === 0 || negatives === 0) return { points, auc: Number.NaN };
  let truePositives = 0;
  let falsePositives = 0;
  let auc = 0;
  for (let k = 0; k < order.length;) {
    const score = scores[order[k] ?? 0] ?? 0;
    // All samples with the same score are flagged together.
    for (; k < order.length && scores[order[k] ?? 0] === score; k++) {
      if (isAnomaly[order[k] ?? 0]) truePositives++;
      else falsePositives++;
    }
    const previous = points[points.length - 1] as RocPoint;
    const point = {
      threshold: score,
      falsePositiveRate: falsePositives / negatives,
      truePositiveRate: truePositives / positives,
    };
    auc +=
      ((point.falsePositiveRate - previous.falsePositiveRate) *
        (point.truePositiveRate + previous.truePositiveRate)) /
      2;
    points.push(point);
  }
  return { points, auc };
}

/** The confusion figures when scores ≥ threshold are flagged as anomalies. */
export function confusionAt(
  scores: ArrayLike<number>,
  isAnomaly: ArrayLike<boolean>,
  threshold: number,
): Confusion {
  let truePositives = 0;
  let falsePositives = 0;
  let trueNegatives = 0;
  let falseNegatives = 0;
  for (let i = 0; i < scores.length; i++) {
    const flagged = (scores[i] ?? 0) >= threshold;
    if (isAnomaly[i]) {
      if (flagged) truePositives++;
      else falseNegatives++;
    } else if (flagged) falsePositives++;
    else trueNegatives++;
  }
  return {
    truePositives,
    falsePositives,
    trueNegatives,
    falseNegatives,
    precision: truePositives / (truePositives + falsePositives),
    recall: truePositives / (truePositives + falseNegatives),
    falsePositiveRate: falsePositives / (falsePositives + trueNegatives),
  };
}
