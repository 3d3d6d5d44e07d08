import { useCallback, useEffect, useState } from 'react';
import { useDatasetShape, usePlayground, useViews } from '../state/playground-context';
import { valueRangeOf } from './draw-sample';
import { drawSampleGrid, sampleGrid } from './draw-sample-grid';
import { IntegerField } from './IntegerField';
import { useInterpolationEnds } from './selection-context';
import { useHiDpiCanvas } from './use-hidpi-canvas';
import './insights.css';

const MIN_FRAMES = 3;
const MAX_FRAMES = 16;
const COLUMNS = 8;

/** Decoded frames along the straight line between the codes of two validation samples, chosen here or by
 * clicking points on the latent map; asked for again at each new step while both ends are set. */
export function InterpolationStrip() {
  const playground = usePlayground();
  const step = useViews((state) => state.insights?.step ?? null);
  const count = useViews((state) => state.insights?.errors.length ?? 0);
  const interpolation = useViews((state) => state.interpolation);
  const shape = useDatasetShape();
  const { from, to, setFrom, setTo } = useInterpolationEnds();
  const [frames, setFrames] = useState(8);
  const ready = from !== null && to !== null && from < count && to < count;
  const ask = useCallback(() => {
    if (ready) playground.ask({ type: 'interpolate', from, to, frames });
  }, [ready, from, to, frames, playground]);
  useEffect(() => {
    if (step !== null) ask();
  }, [step, ask]);
  const shown =
    interpolation && interpolation.outputs.length === interpolation.frames * shape.features
      ? interpolation
      : null;
  const grid = sampleGrid(shown?.frames ?? frames, shape, shape.imageShape ? 52 : 96, COLUMNS);
  const draw = useCallback(
    (context: CanvasRenderingContext2D) => {
      if (shown)
        drawSampleGrid(context, shown.outputs, shown.frames, shape, grid, {
          range: valueRangeOf(shown.outputs),
        });
    },
    [shown, shape, grid],
  );
  const canvas = useHiDpiCanvas(grid.width, grid.height, draw);
  return (
    <section className="interpolation" aria-labelledby="interpolation-heading">
      <h3 id="interpolation-heading">Interpolation</h3>
      <div className="latent-controls">
        <IntegerField label="From sample" value={from} min={0} max={count - 1} optional onChange={setFrom} />
        <IntegerField label="To sample" value={to} min={0} max={count - 1} optional onChange={setTo} />
        <IntegerField
          label="Frames"
          value={frames}
          min={MIN_FRAMES}
          max={MAX_FRAMES}
          onChange={(value) => setFrames(value ?? frames)}
        />
        <button type="button" onClick={ask} disabled={!ready}>
          Interpolate
        </button>
      </div>
      {shown ? (
        <figure>
          <canvas {...canvas} className="sample-strip" role="img" aria-label="Interpolation" />
          <figcaption className="hint">
            {shown.frames} decoded frames from the code of sample {shown.from} (first) to that of sample{' '}
            {shown.to} (last), evenly spaced in the code.
          </figcaption>
        </figure>
      ) : (
        <p className="hint">
          Choose two validation samples (0 to {Math.max(0, count - 1)}), or click two points on the latent
          map.
        </p>
      )}
    </section>
  );
}
