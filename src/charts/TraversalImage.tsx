import { useMemo } from 'react';
import type { DatasetShape } from '../settings/datasets';
import { useViews } from '../state/playground-context';
import { valueRangeOf } from './draw-sample';
import { SamplePicture } from './SamplePicture';

const PICTURE_PX = 128;

/** The decoder's output for the code the traversal sliders set. */
export function TraversalImage({ shape }: { shape: DatasetShape }) {
  const image = useViews((state) => state.traversalImage);
  const range = useMemo(() => (image ? valueRangeOf(image) : undefined), [image]);
  return (
    <figure>
      <SamplePicture values={image} shape={shape} size={PICTURE_PX} label="Traversal image" range={range} />
      <figcaption className="hint">The decoder’s output for the code the sliders set.</figcaption>
    </figure>
  );
}
