import type { Dataset, Split } from './dataset';
import { phrase, PhraseError } from '../settings/phrases';

/** The samples of a split whose class is one of `classes`, in their order. */
export function keepClasses(split: Split, classes: readonly number[]): Split {
  const labels = split.labels;
  if (!labels) return split;
  const wanted = new Set(classes);
  const features = split.count === 0 ? 0 : split.values.length / split.count;
  const kept: number[] = [];
  labels.forEach((label, index) => {
    if (wanted.has(label)) kept.push(index);
  });
  const values = new Float32Array(kept.length * features);
  kept.forEach((index, row) =>
    values.set(split.values.subarray(index * features, (index + 1) * features), row * features),
  );
  return { values, count: kept.length, labels: Int32Array.from(kept, (index) => labels[index] ?? 0) };
}

/** For anomaly detection: trains only on the chosen classes and keeps every class in validation, where the
 * others are the anomalies to find. No choice (or a set without classes) keeps the data as it is. Refuses a
 * choice that leaves nothing to train on, naming the classes the set has. */
export function trainOnClasses(dataset: Dataset, classes: readonly number[]): Dataset {
  if (classes.length === 0 || !dataset.train.labels) return dataset;
  const train = keepClasses(dataset.train, classes);
  if (train.count === 0)
    throw new PhraseError(
      phrase('run.noClassSamples', {
        classes: classes.join(', '),
        names:
          dataset.classes?.map((name, index) => `${index} (${name})`).join(', ') ??
          phrase('run.unnamedClasses'),
      }),
    );
  return { ...dataset, train };
}
