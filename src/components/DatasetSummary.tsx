import type { DatasetShape } from '../settings/datasets';
import { useData, useDatasetShape, useSettings } from '../state/playground-context';
import { formatCount } from './format';
import { useT } from '../i18n/language-context';
import type { Translator } from '../i18n/translate';

/** Samples, dimensions and classes of the chosen data set. */
export function DatasetSummary() {
  const settings = useSettings((state) => state.settings);
  const upload = useData((state) => state.upload);
  const shape = useDatasetShape();
  const { t } = useT();
  const own = settings.dataset === 'upload';
  if (own && !upload) return <p className="hint dataset-summary">{t('data.noUpload')}</p>;
  const train = Math.min(settings.trainSize, own && upload ? upload.trainCount : Infinity);
  const validation = Math.min(settings.validationSize, own && upload ? upload.validationCount : Infinity);
  return (
    <p className="hint dataset-summary">
      {t('data.summary', { train: formatCount(train), validation: formatCount(validation) })} ·{' '}
      {describeSamples(shape, t)}
      {shape.classes
        ? ` · ${t('data.classes', { count: shape.classes.length, names: shape.classes.join(', ') })}`
        : ''}
    </p>
  );
}

function describeSamples(shape: DatasetShape, t: Translator['t']): string {
  if (shape.imageShape) {
    const [height, width, channels] = shape.imageShape;
    return t(channels === 1 ? 'data.grayImages' : 'data.colourImages', { height, width });
  }
  if (shape.kind === 'signal') return t('data.signals', { points: formatCount(shape.features) });
  return t(shape.features === 1 ? 'data.column' : 'data.columns', { count: formatCount(shape.features) });
}
