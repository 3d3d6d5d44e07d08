import type { ReactNode } from 'react';
import { cyclePhaseLabels, stepPhases, type StepPhase } from '../learn/training-cycle';
import type { StepInspection, StepUpdate } from '../settings/step-anatomy';
import { CodeTable } from './CodeTable';
import { formatCount, formatLoss } from './format';
import { LayerNormTable } from './LayerNormTable';
import { SampleStrip } from './SampleStrip';
import { useT } from '../i18n/language-context';

/** The phases of the slow-motion step shown so far, each with its values; the current one is marked. */
export function SlowMotionPhases({
  inspection,
  update,
  phase,
}: {
  inspection: StepInspection;
  update: StepUpdate | null;
  phase: StepPhase;
}) {
  const shown = stepPhases.slice(0, stepPhases.indexOf(phase) + 1);
  const { text } = useT();
  return (
    <ol className="slow-motion-phases">
      {shown.map((each) => (
        <li key={each} aria-current={each === phase ? 'step' : undefined}>
          <h4>{text(`cycle.${each}.label`, cyclePhaseLabels[each])}</h4>
          {renderPhase(each, inspection, update)}
        </li>
      ))}
    </ol>
  );
}

function renderPhase(phase: StepPhase, inspection: StepInspection, update: StepUpdate | null): ReactNode {
  const { sampleCount } = inspection;
  switch (phase) {
    case 'batch':
      return (
        <>
          <p>
            {formatCount(inspection.batchSize)} samples of epoch {inspection.epoch + 1}, in the epoch’s
            shuffled order; the first {sampleCount}:
          </p>
          <SampleStrip values={inspection.inputs} count={sampleCount} label="Batch sample" />
          {inspection.noisyInputs && (
            <>
              <p>What the denoising model is fed: the same samples, corrupted.</p>
              <SampleStrip values={inspection.noisyInputs} count={sampleCount} label="Noisy sample" />
            </>
          )}
        </>
      );
    case 'encode':
      return <CodeTable inspection={inspection} />;
    case 'decode':
      return (
        <>
          <p>The decoder’s reconstructions of those samples:</p>
          <SampleStrip values={inspection.outputs} count={sampleCount} label="Reconstruction" />
        </>
      );
    case 'loss':
      return <LossFigures loss={inspection.loss} />;
    case 'gradients':
      return (
        <LayerNormTable
          caption={`Gradient norm per layer (all layers: ${formatLoss(inspection.globalGradientNorm)}, after clipping ${formatLoss(inspection.globalClippedNorm)})`}
          columns={['‖g‖', '‖g‖ after clipping']}
          rows={inspection.layers.map((layer) => ({
            name: `${layer.name} (${layer.fanIn} → ${layer.fanOut})`,
            values: [layer.gradientNorm, layer.clippedNorm],
          }))}
        />
      );
    case 'update':
      return update ? (
        <LayerNormTable
          caption="Update size per layer"
          columns={['‖Δθ‖', '‖θ‖ after', '‖Δθ‖ / ‖θ‖']}
          rows={update.layers.map((layer) => ({
            name: layer.name,
            values: [layer.updateNorm, layer.weightNorm, layer.updateNorm / layer.weightNorm],
          }))}
        />
      ) : null;
  }
}

function LossFigures({ loss }: { loss: StepInspection['loss'] }) {
  return (
    <p className="slow-motion-loss">
      Loss of the batch:{' '}
      <output aria-label="Batch loss" className="figure">
        {formatLoss(loss.total)}
      </output>
      {loss.regularization !== null && (
        <>
          {' '}
          = reconstruction {formatLoss(loss.reconstruction)} + the variant’s term{' '}
          {formatLoss(loss.regularization)}
        </>
      )}
    </p>
  );
}
