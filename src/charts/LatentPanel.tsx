import { useInsights } from '../state/playground-context';
import { ErrorHistogram } from './ErrorHistogram';
import { InterpolationStrip } from './InterpolationStrip';
import { LatentMap } from './LatentMap';
import { SelectionProvider } from './selection-context';
import { TraversalSliders } from './TraversalSliders';
import { WeightsView } from './WeightsView';
import { WorstGallery } from './WorstGallery';
import './insights.css';
import { useT } from '../i18n/language-context';

/** The "Latent space" section: the latent map, interpolation, traversal, worst reconstructions, the error
 * histogram and the weights; a hint until the worker has sent the first insights of a run. */
export function LatentPanel() {
  const { t } = useT();
  const hasInsights = useInsights((insights) => insights !== null);
  return (
    <section className="latent-panel" aria-labelledby="latent-heading">
      <h2 id="latent-heading">{t('panel.latentSpace')}</h2>
      {hasInsights ? (
        <SelectionProvider>
          <LatentMap />
          <InterpolationStrip />
          <TraversalSliders />
          <WorstGallery />
          <ErrorHistogram />
          <WeightsView />
        </SelectionProvider>
      ) : (
        <p className="hint">{t('latent.hint')}</p>
      )}
    </section>
  );
}
