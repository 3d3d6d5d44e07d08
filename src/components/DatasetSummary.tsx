import { datasetShape } from '../settings/datasets';
import { useSettings } from '../state/playground-context';
import { formatCount } from './format';

/** Samples, dimensions and classes of the chosen data set. */
export function DatasetSummary() {
  const settings = useSettings((state) => state.settings);
  const shape = datasetShape(settings);
  const dimensions = shape.imageShape
    ? `${shape.imageShape[0]}×${shape.imageShape[1]} ${shape.imageShape[2] === 1 ? 'grayscale' : 'colour'} images`
    : `${formatCount(shape.features)} columns`;
  return (
    <p className="hint dataset-summary">
      {formatCount(settings.trainSize)} training + {formatCount(settings.validationSize)} validation samples ·{' '}
      {dimensions}
      {shape.classes ? ` · ${shape.classes.length} classes (${shape.classes.join(', ')})` : ''}
    </p>
  );
}
