import { useCallback, useId, useMemo } from 'react';
import { formatCount } from '../components/format';
import { useInsights } from '../state/playground-context';
import { useSampleShape } from './use-sample-shape';
import { ClassLegend } from './ClassLegend';
import { DecodedPoint } from './DecodedPoint';
import { drawLatentMap, drawPointLayer } from './draw-latent-map';
import { LatentAxisSelects } from './LatentAxisSelects';
import { axisCaptions, buildPointIndex, dataBounds, type Bounds } from './latent-geometry';
import { SampleInspector } from './SampleInspector';
import { useInterpolationEnds } from './selection-context';
import { useHiDpiCanvas } from './use-hidpi-canvas';
import { useLatentMapInput } from './use-latent-map-input';
import { useMapQuestions } from './use-map-questions';
import './insights.css';
import { useT } from '../i18n/language-context';
import type { Translator } from '../i18n/translate';

const MAP_PX = 360;
const frame = { width: MAP_PX, height: MAP_PX };
const noPoints = new Float32Array(0);

/** Every validation sample's code on a 2-D map coloured by class: hover to inspect a sample, click a point to
 * make it an interpolation end, click an empty spot (or press Enter at the keyboard cursor) to decode it. */
export function LatentMap() {
  const { t } = useT();
  const insights = useInsights((insights) => insights);
  const shape = useSampleShape();
  const ends = useInterpolationEnds();
  const xy = insights?.xy ?? noPoints;
  const labels = insights?.labels ?? null;
  const ratio = window.devicePixelRatio || 1;
  const bounds = useMemo(() => dataBounds(xy), [xy]);
  const index = useMemo(() => buildPointIndex(xy, bounds, frame), [xy, bounds]);
  const layer = useMemo(() => drawPointLayer(xy, labels, bounds, frame, ratio), [xy, labels, bounds, ratio]);
  const { hovered, inspected, decoded, hover, decode } = useMapQuestions(insights?.step ?? 0);
  const input = useLatentMapInput(index, bounds, frame, { hover, pick: ends.pick, decode });
  const { from, to } = ends;
  const { cursor } = input;
  const draw = useCallback(
    (context: CanvasRenderingContext2D) =>
      drawLatentMap(context, layer, xy, bounds, frame, {
        hovered,
        from,
        to,
        decoded,
        cursor,
        endNames: { from: t('canvas.from'), to: t('canvas.to') },
      }),
    [layer, xy, bounds, hovered, from, to, decoded, cursor, t],
  );
  const canvas = useHiDpiCanvas(MAP_PX, MAP_PX, draw);
  const summaryId = useId();
  const helpId = useId();
  if (!insights) return null;
  const captions = axisCaptions(insights.axes, insights.axisVariance, insights.latentSize, t);
  return (
    <figure className="latent-map">
      <h3>{t('heading.latentMap')}</h3>
      {insights.latentSize > 2 && <LatentAxisSelects latentSize={insights.latentSize} />}
      <div className="latent-map-body">
        <div className="latent-map-plot">
          <span className="axis-caption vertical">{captions[1]}</span>
          <canvas
            {...canvas}
            className="latent-map-canvas"
            role="img"
            aria-label={t('label.latentMap')}
            aria-describedby={`${summaryId} ${helpId}`}
            tabIndex={0}
            {...input.handlers}
          />
          <span className="axis-caption horizontal">{captions[0]}</span>
        </div>
        <div className="latent-map-side">
          <SampleInspector index={inspected} shape={shape} labels={labels} />
          {decoded && <DecodedPoint spot={decoded} shape={shape} />}
        </div>
      </div>
      <ClassLegend classes={shape.classes} labels={labels} />
      <p id={helpId} className="hint">
        {t('latent.mapHelp')}
      </p>
      {xy.length / 2 < insights.validationCount && (
        <p className="hint">
          {t('latent.partial', {
            points: formatCount(xy.length / 2),
            total: formatCount(insights.validationCount),
          })}
        </p>
      )}
      <p id={summaryId} className="visually-hidden">
        {describeMap(xy.length / 2, labels, shape.classes, captions, bounds, t)}
      </p>
    </figure>
  );
}

function describeMap(
  points: number,
  labels: Int32Array | null,
  classes: readonly string[] | null,
  [horizontal, vertical]: [string, string],
  bounds: Bounds,
  t: Translator['t'],
): string {
  const figures = {
    points: formatCount(points),
    horizontal,
    vertical,
    xFrom: bounds.minX.toPrecision(3),
    xTo: bounds.maxX.toPrecision(3),
    yFrom: bounds.minY.toPrecision(3),
    yTo: bounds.maxY.toPrecision(3),
  };
  return labels && classes
    ? t('latent.summaryClasses', { ...figures, classes: classes.length })
    : t('latent.summary', figures);
}
