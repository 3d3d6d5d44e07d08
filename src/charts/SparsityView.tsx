import { useCallback, useMemo } from 'react';
import { Readout } from '../components/Readout';
import { useInsights } from '../state/playground-context';
import { drawHistogram, histogramSize } from './draw-histogram';
import { histogram } from './histogram';
import { useHiDpiCanvas } from './use-hidpi-canvas';
import './variants.css';
import { useT } from '../i18n/language-context';

const BINS = 24;

/** What the L1 penalty does to the code: the mean code value next to the same model trained without the
 * penalty (the Keras tutorial reports 3.33 against 7.30), and how the code values spread. */
export function SparsityView() {
  const { t } = useT();
  const sparsity = useInsights((insights) => insights?.sparsity ?? null);
  const bins = useMemo(() => (sparsity ? histogram(sparsity.activations, BINS) : null), [sparsity]);
  const draw = useCallback(
    (context: CanvasRenderingContext2D) => {
      if (bins) drawHistogram(context, bins, { x: t('canvas.codeValue'), y: t('canvas.samples') });
    },
    [bins, t],
  );
  const canvas = useHiDpiCanvas(histogramSize.width, histogramSize.height, draw);
  if (!sparsity) return null;
  const zeroShare =
    sparsity.activations.filter((value) => Math.abs(value) < 1e-3).length /
    Math.max(1, sparsity.activations.length);
  return (
    <section className="variant-view" aria-labelledby="sparsity-heading">
      <h3 id="sparsity-heading">{t('heading.sparseCode')}</h3>
      <div className="anomaly-figures">
        <Readout label={t('sparsity.mean')} value={sparsity.meanActivation.toPrecision(3)} />
        <Readout
          label={t('sparsity.without')}
          value={sparsity.twinMeanActivation === null ? '—' : sparsity.twinMeanActivation.toPrecision(3)}
        />
        <Readout label={t('sparsity.nearZero')} value={`${(zeroShare * 100).toFixed(1)} %`} />
      </div>
      <figure>
        <canvas {...canvas} role="img" aria-label={t('label.codeHistogram')} />
        <figcaption className="hint">
          {t('sparsity.caption', { count: sparsity.activations.length })}
        </figcaption>
      </figure>
    </section>
  );
}
