import { useEffect, useRef } from 'react';
import { formatLoss } from '../components/format';
import type { SampleKind } from '../settings/datasets';
import { useTraining } from '../state/playground-context';
import type { Preview } from '../state/training-state';
import { drawReconstructions, reconstructionCanvasSize } from './draw-reconstructions';

/** Validation samples and the model's reconstructions of them, redrawn at each snapshot. */
export function ReconstructionView() {
  const preview = useTraining((state) => state.preview);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvasRef.current?.getContext('2d');
    if (context && preview) drawReconstructions(context, preview);
  }, [preview]);
  if (!preview) {
    return (
      <figure className="reconstructions">
        <h3>Reconstructions</h3>
        <p className="hint">Press Train or Step to see validation samples and their reconstructions.</p>
      </figure>
    );
  }
  const size = reconstructionCanvasSize(preview);
  const layout = layouts[preview.dataset.kind];
  return (
    <figure className="reconstructions">
      <h3>Reconstructions</h3>
      <canvas
        ref={canvasRef}
        width={size.width}
        height={size.height}
        aria-label="Reconstructions"
        role="img"
      />
      <figcaption className="hint">
        {layout} {describeError(preview)}
      </figcaption>
    </figure>
  );
}

const layouts: Record<SampleKind, string> = {
  image: 'Top row: inputs; bottom row: reconstructions.',
  signal: 'Each panel: the input signal (solid blue) and its reconstruction (dashed orange).',
  tabular: 'Each pair of strips: input above, reconstruction below.',
};

function describeError(preview: Preview): string {
  if (!preview.outputs) return 'Not reconstructed yet.';
  let sum = 0;
  for (let i = 0; i < preview.inputs.length; i++)
    sum += ((preview.outputs[i] ?? 0) - (preview.inputs[i] ?? 0)) ** 2;
  return `Mean squared error of these ${preview.count} samples: ${formatLoss(sum / preview.inputs.length)} (step ${preview.step}).`;
}
