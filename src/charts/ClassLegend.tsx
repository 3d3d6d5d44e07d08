import { useMemo } from 'react';
import { useT } from '../i18n/language-context';
import type { Translator } from '../i18n/translate';
import { classColour } from './chart-colors';

/** The name of class `label`: its name when the data set has names, else "class N" counted from 1. */
export function className(classes: readonly string[] | null, label: number, t: Translator['t']): string {
  return classes?.[label] ?? t('class.numbered', { number: label + 1 });
}

/** A list of the classes and their colours on the latent map; nothing when the samples carry no labels. */
export function ClassLegend({
  classes,
  labels,
}: {
  classes: readonly string[] | null;
  labels: Int32Array | null;
}) {
  const { t } = useT();
  const count = useMemo(() => {
    let largest = (classes?.length ?? 0) - 1;
    for (let i = 0; labels && i < labels.length; i++) largest = Math.max(largest, labels[i] ?? 0);
    return largest + 1;
  }, [classes, labels]);
  if (!labels) return null;
  return (
    <ul className="class-legend" aria-label={t('label.classes')}>
      {Array.from({ length: count }, (_, label) => (
        <li key={label}>
          <span className="swatch" style={{ background: classColour(label) }} aria-hidden="true" />
          {className(classes, label, t)}
        </li>
      ))}
    </ul>
  );
}
