import { useCallback, useEffect, useState } from 'react';
import type { DatasetShape } from '../settings/datasets';
import { useInsights, usePlayground, useSettings, useViews } from '../state/playground-context';
import type { GenerationKind } from '../worker/protocol';
import { drawSampleGrid, sampleGrid } from './draw-sample-grid';
import { useHiDpiCanvas } from './use-hidpi-canvas';
import { useSampleShape } from './use-sample-shape';
import './variants.css';
import { useT } from '../i18n/language-context';

const PRIOR_SIDE = 6;
const MANIFOLD_SIDE = 10;

/** What a variational model generates: decoded draws from the prior N(0, I), and for a 2-unit code the decoded
 * grid over the latent plane (the "manifold"). Shown grids follow the training as it goes on. */
export function GenerationView() {
  const { t } = useT();
  const playground = usePlayground();
  const latentSize = useSettings((state) => state.settings.latentSize);
  const step = useInsights((insights) => insights?.step ?? null);
  const [shown, setShown] = useState<Partial<Record<GenerationKind, number>>>({});
  const ask = useCallback(
    (kind: GenerationKind, seed: number) =>
      playground.ask({ type: 'generate', kind, side: kind === 'prior' ? PRIOR_SIDE : MANIFOLD_SIDE, seed }),
    [playground],
  );
  useEffect(() => {
    if (step === null) return;
    for (const [kind, seed] of Object.entries(shown)) ask(kind as GenerationKind, seed);
  }, [step, shown, ask]);
  const show = (kind: GenerationKind, seed: number) => setShown((current) => ({ ...current, [kind]: seed }));
  return (
    <section className="variant-view" aria-labelledby="generation-heading">
      <h3 id="generation-heading">{t('heading.generate')}</h3>
      <div className="button-row">
        <button type="button" onClick={() => show('prior', (shown.prior ?? 0) + 1)}>
          {t('generate.prior')}
        </button>
        {latentSize === 2 && (
          <button type="button" onClick={() => show('manifold', 1)}>
            {t('generate.manifold')}
          </button>
        )}
      </div>
      {shown.prior !== undefined && <GeneratedGrid kind="prior" label={t('label.priorSamples')} />}
      {shown.manifold !== undefined && latentSize === 2 && (
        <GeneratedGrid kind="manifold" label={t('label.decodedManifold')} />
      )}
    </section>
  );
}

function GeneratedGrid({ kind, label }: { kind: GenerationKind; label: string }) {
  const generated = useViews((state) => state.generated[kind] ?? null);
  const { t } = useT();
  const shape = useSampleShape();
  const count = generated ? generated.side * generated.side : 0;
  const grid = sampleGrid(Math.max(1, count), shape, gridCell(shape), generated?.side ?? 1, 2);
  const draw = useCallback(
    (context: CanvasRenderingContext2D) => {
      if (generated) drawSampleGrid(context, generated.outputs, count, shape, grid);
    },
    [generated, count, shape, grid],
  );
  const canvas = useHiDpiCanvas(grid.width, grid.height, draw);
  return (
    <figure>
      <canvas {...canvas} className="sample-strip" role="img" aria-label={label} />
      <figcaption className="hint">
        {generated ? t(`generate.${kind}Caption`) : t('generate.decoding')}
      </figcaption>
    </figure>
  );
}

function gridCell(shape: DatasetShape): number {
  return shape.imageShape ? 32 : 64;
}
