import { useEffect, useId, useMemo, useState } from 'react';
import { useDatasetShape, usePlayground, useViews } from '../state/playground-context';
import { SamplePicture } from './SamplePicture';
import { throttle } from './throttle';
import './insights.css';

/** The largest code that gets one slider per unit. */
export const MAX_TRAVERSAL_UNITS = 16;
const PICTURE_PX = 128;
const SLIDER_STEPS = 200;

/** One slider per code unit, from the smallest to the largest value the validation codes take, and the image
 * the decoder draws from the code they set; until a slider moves, the code is the mean code. */
export function TraversalSliders() {
  const playground = usePlayground();
  const insights = useViews((state) => state.insights);
  const traversalImage = useViews((state) => state.traversalImage);
  const shape = useDatasetShape();
  const [moved, setMoved] = useState<number[] | null>(null);
  const id = useId();
  const stats = insights?.codeStats ?? null;
  const latentSize = insights?.latentSize ?? 0;
  const usable = stats !== null && latentSize > 0 && latentSize <= MAX_TRAVERSAL_UNITS;
  const codes = useMemo(
    () => (moved && moved.length === latentSize ? moved : stats ? Array.from(stats.mean) : null),
    [moved, latentSize, stats],
  );
  const decode = useMemo(
    () =>
      throttle(
        (values: number[]) => playground.ask({ type: 'decodeCodes', codes: Float32Array.from(values) }),
        100,
      ),
    [playground],
  );
  useEffect(() => () => decode.cancel(), [decode]);
  const step = insights?.step;
  // A new step changes the decoder, so the same code is decoded again.
  useEffect(() => {
    if (usable && codes) decode.call(codes);
  }, [usable, codes, step, decode]);
  if (!insights || !stats || !codes) return null;
  if (!usable) {
    return (
      <section className="traversal" aria-labelledby={`${id}-heading`}>
        <h3 id={`${id}-heading`}>Traversal</h3>
        <p className="hint">
          Traversal needs a code of at most {MAX_TRAVERSAL_UNITS} units; this code has {latentSize}.
        </p>
      </section>
    );
  }
  const setUnit = (unit: number, value: number) =>
    setMoved(codes.map((code, at) => (at === unit ? value : code)));
  return (
    <section className="traversal" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Traversal</h3>
      <div className="traversal-body">
        <div className="traversal-sliders">
          {codes.map((code, unit) => {
            const [low, high] = sliderRange(stats.min[unit] ?? 0, stats.max[unit] ?? 0);
            return (
              <div className="traversal-slider" key={unit}>
                <label htmlFor={`${id}-${unit}`}>Code unit {unit + 1}</label>
                <input
                  id={`${id}-${unit}`}
                  type="range"
                  min={low}
                  max={high}
                  step={(high - low) / SLIDER_STEPS}
                  value={code}
                  onChange={(event) => setUnit(unit, Number(event.target.value))}
                />
                <output htmlFor={`${id}-${unit}`}>{code.toPrecision(3)}</output>
              </div>
            );
          })}
          <button type="button" onClick={() => setMoved(null)}>
            Reset to mean
          </button>
        </div>
        <figure>
          <SamplePicture values={traversalImage} shape={shape} size={PICTURE_PX} label="Traversal image" />
          <figcaption className="hint">The decoder’s output for the code the sliders set.</figcaption>
        </figure>
      </div>
    </section>
  );
}

function sliderRange(low: number, high: number): [number, number] {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return [-1, 1];
  return high > low ? [low, high] : [low - 1, high + 1];
}
