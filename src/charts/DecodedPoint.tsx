import { useMemo } from 'react';
import type { DatasetShape } from '../settings/datasets';
import { useViews } from '../state/playground-context';
import { valueRangeOf } from './draw-sample';
import { SamplePicture } from './SamplePicture';
import { useT } from '../i18n/language-context';

const PICTURE_PX = 112;

/** What the decoder draws from the code at a spot of the latent map, with the spot's coordinates. */
export function DecodedPoint({ spot, shape }: { spot: readonly [number, number]; shape: DatasetShape }) {
  const { t } = useT();
  const image = useViews((state) => state.mapPointImage);
  const range = useMemo(() => (image ? valueRangeOf(image) : undefined), [image]);
  return (
    <figure className="decoded-point">
      <SamplePicture
        values={image}
        shape={shape}
        size={PICTURE_PX}
        label={t('label.decodedImage')}
        range={range}
      />
      <figcaption>
        {t('latent.decodedAt', { x: spot[0].toPrecision(3), y: spot[1].toPrecision(3) })}
      </figcaption>
    </figure>
  );
}
