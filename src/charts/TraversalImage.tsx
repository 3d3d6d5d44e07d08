import { useMemo } from 'react';
import type { DatasetShape } from '../settings/datasets';
import { useViews } from '../state/playground-context';
import { valueRangeOf } from './draw-sample';
import { SamplePicture } from './SamplePicture';
import { useT } from '../i18n/language-context';

const PICTURE_PX = 128;

/** The decoder's output for the code the traversal sliders set. */
export function TraversalImage({ shape }: { shape: DatasetShape }) {
  const image = useViews((state) => state.traversalImage);
  const range = useMemo(() => (image ? valueRangeOf(image) : undefined), [image]);
  const { t } = useT();
  return (
    <figure>
      <SamplePicture
        values={image}
        shape={shape}
        size={PICTURE_PX}
        label={t('label.traversalImage')}
        range={range}
      />
      <figcaption className="hint">{t('traversal.caption')}</figcaption>
    </figure>
  );
}
