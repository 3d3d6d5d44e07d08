import { useId } from 'react';
import { usePlayground, useViewOptions } from '../state/playground-context';
import { useT } from '../i18n/language-context';

/** How many principal components of the code the map can show (the worker computes no more). */
export const MAX_MAP_COMPONENTS = 8;

/** Two labelled drop-downs choosing which principal components the latent map shows; choosing the axis the
 * other one shows swaps them. */
export function LatentAxisSelects({ latentSize }: { latentSize: number }) {
  const playground = usePlayground();
  const { latentAxes } = useViewOptions();
  const components = Math.min(latentSize, MAX_MAP_COMPONENTS);
  const id = useId();
  const { t } = useT();
  const shown = latentAxes.map((axis) => Math.min(axis, components - 1)) as [number, number];
  const choose = (position: 0 | 1, axis: number) => {
    const [horizontal, vertical] = shown;
    const next: [number, number] =
      position === 0
        ? [axis, vertical === axis ? horizontal : vertical]
        : [horizontal === axis ? vertical : horizontal, axis];
    playground.setViewOptions({ latentAxes: next });
  };
  const select = (position: 0 | 1, label: string) => (
    <div className="field">
      <label htmlFor={`${id}-${position}`}>{label}</label>
      <select
        id={`${id}-${position}`}
        value={shown[position]}
        onChange={(event) => choose(position, Number(event.target.value))}
      >
        {Array.from({ length: components }, (_, axis) => (
          <option key={axis} value={axis}>
            {t('latent.axisComponent', { component: axis + 1 })}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="latent-axes">
      {select(0, t('latent.horizontal'))}
      {select(1, t('latent.vertical'))}
    </div>
  );
}
