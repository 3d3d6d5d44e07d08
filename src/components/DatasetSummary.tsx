import type { DatasetShape } from '../settings/datasets';
import { useData, useDatasetShape, useSettings } from '../state/playground-context';
import { formatCount } from './format';
import { useT } from '../i18n/language-context';

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
      {formatCount(train)} training + {formatCount(validation)} validation samples · {describeSamples(shape)}
      {shape.classes ? ` · ${shape.classes.length} classes (${shape.classes.join(', ')})` : ''}
    </p>
  );
}

function describeSamples(shape: DatasetShape): string {
  if (shape.imageShape) {
    const [height, width, channels] = shape.imageShape;
    return `${height}×${width} ${channels === 1 ? 'grayscale' : 'colour'} images`;
  }
  if (shape.kind === 'signal') return `signals of ${formatCount(shape.features)} points`;
  return `${formatCount(shape.features)} ${shape.features === 1 ? 'column' : 'columns'}`;
}
