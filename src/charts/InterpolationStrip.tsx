import { useCallback, useEffect, useId, useState } from 'react';
import { useInsights, usePlayground } from '../state/playground-context';
import { IntegerField } from './IntegerField';
import { InterpolationFrames } from './InterpolationFrames';
import { useInterpolationEnds } from './selection-context';
import { useSampleShape } from './use-sample-shape';
import './insights.css';
import { useT } from '../i18n/language-context';

const MIN_FRAMES = 3;
const MAX_FRAMES = 16;

/** Decoded frames along the straight line between the codes of two validation samples, chosen here or by
 * clicking points on the latent map; asked for again at each new step while both ends are set. */
export function InterpolationStrip() {
  const { t } = useT();
  const playground = usePlayground();
  const step = useInsights((insights) => insights?.step ?? null);
  const count = useInsights((insights) => insights?.errors.length ?? 0);
  const shape = useSampleShape();
  const { from, to, setFrom, setTo } = useInterpolationEnds();
  const [frames, setFrames] = useState(8);
  const id = useId();
  const ready = from !== null && to !== null && from < count && to < count;
  const ask = useCallback(() => {
    if (ready) playground.ask({ type: 'interpolate', from, to, frames });
  }, [ready, from, to, frames, playground]);
  useEffect(() => {
    if (step !== null) ask();
  }, [step, ask]);
  return (
    <section className="interpolation" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('heading.interpolation')}</h3>
      <div className="latent-controls">
        <IntegerField
          label={t('interpolation.from')}
          value={from}
          min={0}
          max={count - 1}
          optional
          onChange={setFrom}
        />
        <IntegerField
          label={t('interpolation.to')}
          value={to}
          min={0}
          max={count - 1}
          optional
          onChange={setTo}
        />
        <IntegerField
          label={t('interpolation.frames')}
          value={frames}
          min={MIN_FRAMES}
          max={MAX_FRAMES}
          onChange={(value) => setFrames(value ?? frames)}
        />
        <button type="button" onClick={ask} disabled={!ready}>
          {t('interpolation.run')}
        </button>
      </div>
      <InterpolationFrames
        shape={shape}
        placeholder={t('interpolation.placeholder', { last: Math.max(0, count - 1) })}
      />
    </section>
  );
}
