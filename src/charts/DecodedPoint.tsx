import { useMemo } from 'react';
import type { DatasetShape } from '../settings/datasets';
import { useViews } from '../state/playground-context';
import { valueRangeOf } from './draw-sample';
import { SamplePicture } from './SamplePicture';

const PICTURE_PX = 112;

/** What the decoder draws from the code at a spot of the latent map, with the spot's coordinates. */
export function DecodedPoint({ spot, shape }: { spot: readonly [number, number]; shape: DatasetShape }) {
  const image = useViews((state) => state.mapPointImage);
  const range = useMemo(() => (image ? valueRangeOf(image) : undefined), [image]);
  return (
    <figure className="decoded-point">
      <SamplePicture values={image} shape={shape} size={PICTURE_PX} label="Decoded image" range={range} />
      <figcaption>
        Decoded at ({spot[0].toPrecision(3)}, {spot[1].toPrecision(3)})
      </figcaption>
    </figure>
  );
}
