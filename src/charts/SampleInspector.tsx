import { useMemo } from 'react';
import type { DatasetShape } from '../settings/datasets';
import { useViews } from '../state/playground-context';
import { className } from './ClassLegend';
import { valueRangeOf } from './draw-sample';
import { SamplePicture } from './SamplePicture';
import { useT } from '../i18n/language-context';

const PICTURE_PX = 96;

/** The validation sample last hovered on the latent map, with its class, beside its reconstruction. */
export function SampleInspector({
  index,
  shape,
  labels,
}: {
  index: number | null;
  shape: DatasetShape;
  labels: Int32Array | null;
}) {
  const inspection = useViews((state) => state.inspection);
  const { t } = useT();
  const current = index !== null && inspection?.index === index ? inspection : null;
  const range = useMemo(() => (current ? valueRangeOf(current.input) : undefined), [current]);
  if (index === null) {
    return (
      <div className="sample-inspector">
        <p className="hint">{t('latent.inspectHint')}</p>
      </div>
    );
  }
  const label = labels?.[index];
  return (
    <div className="sample-inspector">
      <h4>
        {t('inspect.sample', { index })}
        {label === undefined ? '' : ` (${className(shape.classes, label, t)})`}
      </h4>
      <div className="picture-pair">
        <figure>
          <SamplePicture
            values={current?.input ?? null}
            shape={shape}
            size={PICTURE_PX}
            label={t('label.sampleInput', { index })}
            range={range}
          />
          <figcaption>{t('rows.input')}</figcaption>
        </figure>
        <figure>
          <SamplePicture
            values={current?.output ?? null}
            shape={shape}
            size={PICTURE_PX}
            label={t('label.sampleReconstruction', { index })}
            range={range}
          />
          <figcaption>{t('rows.reconstruction')}</figcaption>
        </figure>
      </div>
    </div>
  );
}
