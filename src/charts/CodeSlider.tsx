import { useId } from 'react';
import { useT } from '../i18n/language-context';

const SLIDER_STEPS = 200;

/** A labelled slider ("Code unit N") for one code unit between the smallest and largest values it takes,
 * with its value beside the label; a range of zero width widens to one either side. */
export function CodeSlider({
  unit,
  value,
  min,
  max,
  onChange,
}: {
  unit: number;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
}) {
  const id = useId();
  const { t } = useT();
  const [low, high] = sliderRange(min, max);
  return (
    <div className="traversal-slider">
      <label htmlFor={id}>{t('traversal.unit', { unit: unit + 1 })}</label>
      <input
        id={id}
        type="range"
        min={low}
        max={high}
        step={(high - low) / SLIDER_STEPS}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <output htmlFor={id}>{value.toPrecision(3)}</output>
    </div>
  );
}

function sliderRange(low: number, high: number): [number, number] {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return [-1, 1];
  return high > low ? [low, high] : [low - 1, high + 1];
}
