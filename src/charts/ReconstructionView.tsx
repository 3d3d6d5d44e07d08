import { useEffect, useMemo, useRef } from 'react';
import { formatLoss } from '../components/format';
import type { SampleKind } from '../settings/datasets';
import { usePlayground, usePreview, useViewInTransition } from '../state/playground-context';
import type { Preview } from '../state/training-state';
import { drawReconstructions, reconstructionCanvasSize, reconstructionRows } from './draw-reconstructions';
import { useT } from '../i18n/language-context';
import type { Translator } from '../i18n/translate';
import { canvasContext } from './canvas-context';

/** A page of validation samples with their reconstructions, the per-pixel error and, on the first page, PCA's
 * reconstructions for comparison; redrawn at each snapshot, paged with Previous/Next. */
export function ReconstructionView() {
  const tr = useT();
  const { t } = tr;
  const playground = usePlayground();
  // Deferred: a snapshot redraws in React's background work, not in the task that received it.
  const preview = usePreview();
  const baseline = useViewInTransition('baseline');
  const canvasRef = useRef<HTMLCanvasElement>(null);
  // PCA's reconstructions exist for the first page only.
  const pca = preview?.page === 0 ? (baseline?.previewOutputs ?? null) : null;
  const rows = useMemo(() => (preview ? reconstructionRows(preview, pca) : []), [preview, pca]);
  useEffect(() => {
    const context = canvasContext(canvasRef.current);
    if (context && preview) drawReconstructions(context, preview, rows);
  }, [preview, rows]);
  if (!preview) {
    return (
      <figure className="reconstructions">
        <h3>{t('heading.reconstructions')}</h3>
        <p className="hint">{t('reconstructions.hint')}</p>
      </figure>
    );
  }
  const size = reconstructionCanvasSize(preview, rows.length);
  const page = preview.page;
  return (
    <figure className="reconstructions">
      <h3>{t('heading.reconstructions')}</h3>
      <canvas
        ref={canvasRef}
        width={size.width}
        height={size.height}
        aria-label={t('label.reconstructions')}
        role="img"
        data-export="reconstructions"
      />
      <figcaption className="hint">
        {describeLayout(
          preview.dataset.kind,
          rows.map((row) => row.name),
          tr,
        )}{' '}
        {describeError(preview, t)}
      </figcaption>
      <div className="button-row">
        <button
          type="button"
          disabled={page === 0}
          onClick={() => playground.setViewOptions({ previewPage: page - 1 })}
        >
          {t('reconstructions.previous')}
        </button>
        <span aria-live="polite">
          {t('reconstructions.samples', { from: page * 8 + 1, to: page * 8 + preview.count })}
        </span>
        <button
          type="button"
          disabled={preview.count < 8}
          onClick={() => playground.setViewOptions({ previewPage: page + 1 })}
        >
          {t('reconstructions.next')}
        </button>
      </div>
    </figure>
  );
}

function describeLayout(kind: SampleKind, rows: readonly string[], { t, text }: Translator): string {
  if (kind === 'signal') {
    const lines = [
      rows.includes('noisy input') ? t('signal.cleanAndNoisy') : t('signal.input'),
      rows.includes('denoised') ? t('signal.denoised') : t('signal.reconstruction'),
      ...(rows.includes('PCA') ? [t('signal.pca')] : []),
    ];
    return t('signal.each', { parts: lines.join(', ') });
  }
  const names = rows.map((row) => text(`rows.${row}`, row)).join(', ');
  return kind === 'image' ? t('rows.image', { names }) : t('rows.strips', { names });
}

function describeError(preview: Preview, t: Translator['t']): string {
  if (!preview.outputs) return t('reconstructions.notYet');
  let sum = 0;
  for (let i = 0; i < preview.inputs.length; i++)
    sum += ((preview.outputs[i] ?? 0) - (preview.inputs[i] ?? 0)) ** 2;
  return t('reconstructions.error', {
    count: preview.count,
    error: formatLoss(sum / preview.inputs.length),
    step: preview.step,
  });
}
