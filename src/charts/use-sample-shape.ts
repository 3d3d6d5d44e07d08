import { useState } from 'react';
import type { DatasetShape } from '../settings/datasets';
import { useDatasetShape } from '../state/playground-context';

/** The data set's shape, kept as the same object until it really changes, so that drawings depending on it
 * redraw only then (the settings give a fresh object at every render). */
export function useSampleShape(): DatasetShape {
  const shape = useDatasetShape();
  const [kept, setKept] = useState(shape);
  const same = sameShape(kept, shape);
  if (!same) setKept(shape);
  return same ? kept : shape;
}

function sameShape(a: DatasetShape, b: DatasetShape): boolean {
  return (
    a.features === b.features &&
    a.kind === b.kind &&
    String(a.imageShape) === String(b.imageShape) &&
    (a.classes ?? []).join('\n') === (b.classes ?? []).join('\n') &&
    (a.classes === null) === (b.classes === null)
  );
}
