import { useCallback, useId, useMemo, useState } from 'react';
import { formatCount, formatLoss } from '../components/format';
import { Readout } from '../components/Readout';
import { useInsights, useSettings } from '../state/playground-context';
import { classHistograms, normalClasses, quantile } from './anomaly-scores';
import { ClassLegend } from './ClassLegend';
import { classHistogramSize, drawClassHistograms, drawRoc, rocSize } from './draw-anomaly';
import { confusionAt, rocCurve } from './roc';
import { useHiDpiCanvas } from './use-hidpi-canvas';
import { useSampleShape } from './use-sample-shape';
import { MostAnomalous } from './MostAnomalous';
import './variants.css';
import { useT } from '../i18n/language-context';

const BINS = 30;
const SLIDER_STEPS = 1000;

/** Anomaly detection by reconstruction error: the model trained on the normal classes only, so the others
 * should rebuild badly. Per-class error histograms, a threshold with its precision, recall and false-positive
 * rate, the ROC curve with its area, and the most anomalous samples. */
export function AnomalyView() {
  const { t } = useT();
  const insights = useInsights((insights) => insights);
  const trainClasses = useSettings((state) => state.settings.trainClasses);
  const dataset = useSettings((state) => state.settings.dataset);
  const shape = useSampleShape();
  const [share, setShare] = useState(0.9);
  const sliderId = useId();
  const normal = useMemo(() => normalClasses({ trainClasses, dataset }), [trainClasses, dataset]);
  const errors = insights?.errors ?? null;
  const labels = insights?.labels ?? null;
  const analysis = useMemo(() => {
    if (!errors || !labels || !normal || labels.length !== errors.length) return null;
    const isAnomaly = Array.from(labels, (label) => !normal.includes(label));
    if (!isAnomaly.some(Boolean) || isAnomaly.every(Boolean)) return null;
    const sorted = Float32Array.from(errors).sort();
    const classCount = Math.max(
      shape.classes?.length ?? 0,
      labels.reduce((most, label) => Math.max(most, label + 1), 0),
    );
    return {
      isAnomaly,
      sorted,
      roc: rocCurve(errors, isAnomaly),
      histograms: classHistograms(errors, labels, Math.max(classCount, 1), BINS),
    };
  }, [errors, labels, normal, shape.classes]);
  const threshold = analysis ? quantile(analysis.sorted, share) : Number.NaN;
  const figures = analysis && errors ? confusionAt(errors, analysis.isAnomaly, threshold) : null;
  const drawHistograms = useCallback(
    (context: CanvasRenderingContext2D) => {
      if (analysis)
        drawClassHistograms(
          context,
          analysis.histograms.edges,
          analysis.histograms.counts,
          threshold,
          t('canvas.meanSquaredError'),
        );
    },
    [analysis, threshold, t],
  );
  const drawCurve = useCallback(
    (context: CanvasRenderingContext2D) => {
      if (analysis && figures)
        drawRoc(
          context,
          analysis.roc.points,
          {
            threshold,
            falsePositiveRate: figures.falsePositiveRate,
            truePositiveRate: figures.recall,
          },
          { x: t('canvas.falsePositiveRate'), y: t('canvas.truePositiveRate') },
        );
    },
    [analysis, figures, threshold, t],
  );
  const histogramCanvas = useHiDpiCanvas(classHistogramSize.width, classHistogramSize.height, drawHistograms);
  const rocCanvas = useHiDpiCanvas(rocSize.width, rocSize.height, drawCurve);
  if (!normal) return null;
  if (!analysis || !figures)
    return (
      <section className="variant-view anomaly-view" aria-labelledby={`${sliderId}-heading`}>
        <h3 id={`${sliderId}-heading`}>{t('heading.anomalyDetection')}</h3>
        <p className="hint">{t('anomaly.trainFirst')}</p>
      </section>
    );
  const anomalies = analysis.isAnomaly.filter(Boolean).length;
  const names = normal.map((index) => shape.classes?.[index] ?? String(index)).join(', ');
  return (
    <section className="variant-view anomaly-view" aria-labelledby={`${sliderId}-heading`}>
      <h3 id={`${sliderId}-heading`}>{t('heading.anomalyDetection')}</h3>
      <p className="hint">
        {t('anomaly.about', {
          names,
          total: formatCount(analysis.isAnomaly.length),
          anomalies: formatCount(anomalies),
        })}
      </p>
      <div className="anomaly-figures">
        <Readout label="AUC" value={analysis.roc.auc.toFixed(3)} />
        <Readout label={t('anomaly.precision')} value={percent(figures.precision)} />
        <Readout label={t('anomaly.recall')} value={percent(figures.recall)} />
        <Readout label={t('anomaly.falsePositives')} value={percent(figures.falsePositiveRate)} />
      </div>
      <div className="field">
        <label htmlFor={sliderId}>{t('anomaly.threshold')}</label>
        <input
          id={sliderId}
          type="range"
          min={0}
          max={SLIDER_STEPS}
          value={Math.round(share * SLIDER_STEPS)}
          aria-valuetext={t('anomaly.thresholdValue', {
            error: formatLoss(threshold),
            share: percent(1 - share),
          })}
          onChange={(event) => setShare(Number(event.target.value) / SLIDER_STEPS)}
        />
        <span className="hint">
          {t('anomaly.flags', {
            error: formatLoss(threshold),
            count: formatCount(figures.truePositives + figures.falsePositives),
          })}
        </span>
      </div>
      <div className="anomaly-plots">
        <figure>
          <canvas {...histogramCanvas} role="img" aria-label={t('label.errorHistogramPerClass')} />
          <figcaption className="hint">{t('anomaly.perClass')}</figcaption>
        </figure>
        <figure>
          <canvas {...rocCanvas} role="img" aria-label={t('label.rocCurve')} />
          <figcaption className="hint">{t('anomaly.roc', { auc: analysis.roc.auc.toFixed(3) })}</figcaption>
        </figure>
      </div>
      <ClassLegend classes={shape.classes} labels={labels} />
      <MostAnomalous />
    </section>
  );
}

function percent(value: number): string {
  return Number.isFinite(value) ? `${(value * 100).toFixed(1)} %` : '—';
}
