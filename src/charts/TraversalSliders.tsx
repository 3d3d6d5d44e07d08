import { useEffect, useId, useMemo, useState } from 'react';
import { useInsights, usePlayground } from '../state/playground-context';
import { CodeSlider } from './CodeSlider';
import { throttle } from '../state/throttle';
import { TraversalImage } from './TraversalImage';
import { useSampleShape } from './use-sample-shape';
import './insights.css';
import { useT } from '../i18n/language-context';

/** The largest code that gets one slider per unit. */
export const MAX_TRAVERSAL_UNITS = 16;

/** One slider per code unit, from the smallest to the largest value the validation codes take, and the image
 * the decoder draws from the code they set (asked for at most ten times a second, and again at each new
 * step); until a slider moves, the code is the mean code. */
export function TraversalSliders() {
  const { t } = useT();
  const playground = usePlayground();
  const insights = useInsights((insights) => insights);
  const shape = useSampleShape();
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
  if (!stats || !codes) return null;
  return (
    <section className="traversal" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('heading.traversal')}</h3>
      {usable ? (
        <div className="traversal-body">
          <div className="traversal-sliders">
            {codes.map((code, unit) => (
              <CodeSlider
                key={unit}
                unit={unit}
                value={code}
                min={stats.min[unit] ?? 0}
                max={stats.max[unit] ?? 0}
                onChange={(value) => setMoved(codes.map((old, at) => (at === unit ? value : old)))}
              />
            ))}
            <button type="button" onClick={() => setMoved(null)}>
              {t('traversal.reset')}
            </button>
          </div>
          <TraversalImage shape={shape} />
        </div>
      ) : (
        <p className="hint">{t('traversal.tooLarge', { max: MAX_TRAVERSAL_UNITS, size: latentSize })}</p>
      )}
    </section>
  );
}
