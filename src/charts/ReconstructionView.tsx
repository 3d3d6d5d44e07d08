import { useEffect, useMemo, useRef } from 'react';
import { formatLoss } from '../components/format';
import type { SampleKind } from '../settings/datasets';
import { usePlayground, useTraining, useViews } from '../state/playground-context';
import type { Preview } from '../state/training-state';
import { drawReconstructions, reconstructionCanvasSize, reconstructionRows } from './draw-reconstructions';
import { useT } from '../i18n/language-context';

/** A page of validation samples with their reconstructions, the per-pixel error and, on the first page, PCA's
 * reconstructions for comparison; redrawn at each snapshot, paged with Previous/Next. */
export function ReconstructionView() {
  const { t } = useT();
  const playground = usePlayground();
  const preview = useTraining((state) => state.preview);
  const baseline = useViews((state) => state.baseline);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  // PCA's reconstructions exist for the first page only.
  const pca = preview?.page === 0 ? (baseline?.previewOutputs ?? null) : null;
  const rows = useMemo(() => (preview ? reconstructionRows(preview, pca) : []), [preview, pca]);
  useEffect(() => {
    const context = canvasRef.current?.getContext('2d');
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
        aria-label="Reconstructions"
        role="img"
      />
      <figcaption className="hint">
        {describeLayout(
          preview.dataset.kind,
          rows.map((row) => row.name),
        )}{' '}
        {describeError(preview)}
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

function describeLayout(kind: SampleKind, rows: readonly string[]): string {
  if (kind === 'signal') {
    const lines = [
      rows.includes('noisy input')
        ? 'the clean input (solid blue), the noisy input (dotted pink)'
        : 'the input (solid blue)',
      rows.includes('denoised')
        ? 'the denoised output (dashed orange)'
        : 'its reconstruction (dashed orange)',
      ...(rows.includes('PCA') ? ['PCA’s (dotted green)'] : []),
    ];
    return `Each panel: ${lines.join(', ')}.`;
  }
  const names = rows.map((row) =>
    row === 'error' ? 'absolute error (orange)' : row === 'PCA' ? 'PCA reconstruction' : row,
  );
  return kind === 'image'
    ? `Rows, top to bottom: ${names.join(', ')}.`
    : `Strips per sample, top to bottom: ${names.join(', ')}.`;
}

function describeError(preview: Preview): string {
  if (!preview.outputs) return 'Not reconstructed yet.';
  let sum = 0;
  for (let i = 0; i < preview.inputs.length; i++)
    sum += ((preview.outputs[i] ?? 0) - (preview.inputs[i] ?? 0)) ** 2;
  return `Mean squared error of these ${preview.count} samples: ${formatLoss(sum / preview.inputs.length)} (step ${preview.step}).`;
}
