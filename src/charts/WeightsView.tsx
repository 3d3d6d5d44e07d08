import { useEffect } from 'react';
import { useOpenView } from '../state/layout-context';
import { useInsights, usePlayground, useViewInTransition } from '../state/playground-context';
import { useSampleShape } from './use-sample-shape';
import { WeightImages } from './WeightImages';
import './insights.css';
import { useT } from '../i18n/language-context';

/** A collapsible "Weights" section: while open, it asks for the weights at each new step and draws, for
 * image data, each first-layer filter and the decoder's image for each code unit. */
export function WeightsView() {
  const { t } = useT();
  const playground = usePlayground();
  const step = useInsights((insights) => insights?.step ?? null);
  const weights = useViewInTransition('weights');
  const shape = useSampleShape();
  const [open, setOpen] = useOpenView('weights');
  const isImage = shape.imageShape !== null;
  useEffect(() => {
    if (open && isImage && step !== null) playground.ask({ type: 'requestWeights' });
  }, [open, isImage, step, playground]);
  const usable = weights && shape.imageShape && weights.inputs === shape.features ? weights : null;
  return (
    <details className="weights-view" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('heading.weights')}</summary>
      {!isImage && <p className="hint">{t('weights.imagesOnly')}</p>}
      {isImage && !usable && <p className="hint">{t('weights.asking')}</p>}
      {open && usable && shape.imageShape && (
        <WeightImages weights={usable} shape={shape} imageShape={shape.imageShape} />
      )}
    </details>
  );
}
