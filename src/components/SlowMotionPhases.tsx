import type { ReactNode } from 'react';
import { cyclePhaseLabels, stepPhases, type StepPhase } from '../learn/training-cycle';
import type { StepInspection, StepUpdate } from '../settings/step-anatomy';
import { CodeTable } from './CodeTable';
import { formatCount, formatLoss } from './format';
import { LayerNormTable } from './LayerNormTable';
import { SampleStrip } from './SampleStrip';
import { useT } from '../i18n/language-context';
import type { Translator } from '../i18n/translate';

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
  const tr = useT();
  return (
    <ol className="slow-motion-phases">
      {shown.map((each) => (
        <li key={each} aria-current={each === phase ? 'step' : undefined}>
          <h4>{tr.text(`cycle.${each}.label`, cyclePhaseLabels[each])}</h4>
          {renderPhase(each, inspection, update, tr)}
        </li>
      ))}
    </ol>
  );
}

function renderPhase(
  phase: StepPhase,
  inspection: StepInspection,
  update: StepUpdate | null,
  { t, phrase }: Translator,
): ReactNode {
  const { sampleCount } = inspection;
  switch (phase) {
    case 'batch':
      return (
        <>
          <p>
            {t('slow.batchSamples', {
              count: formatCount(inspection.batchSize),
              epoch: inspection.epoch + 1,
              shown: sampleCount,
            })}
          </p>
          <SampleStrip values={inspection.inputs} count={sampleCount} label={t('slow.batchSample')} />
          {inspection.noisyInputs && (
            <>
              <p>{t('slow.noisyIntro')}</p>
              <SampleStrip
                values={inspection.noisyInputs}
                count={sampleCount}
                label={t('slow.noisySample')}
              />
            </>
          )}
        </>
      );
    case 'encode':
      return <CodeTable inspection={inspection} />;
    case 'decode':
      return (
        <>
          <p>{t('slow.decodeIntro')}</p>
          <SampleStrip values={inspection.outputs} count={sampleCount} label={t('slow.reconstruction')} />
        </>
      );
    case 'loss':
      return <LossFigures loss={inspection.loss} />;
    case 'gradients':
      return (
        <LayerNormTable
          caption={t('slow.gradientCaption', {
            norm: formatLoss(inspection.globalGradientNorm),
            clipped: formatLoss(inspection.globalClippedNorm),
          })}
          columns={['‖g‖', t('slow.gradientAfter')]}
          rows={inspection.layers.map((layer) => ({
            name: `${phrase(layer.name)} (${layer.fanIn} → ${layer.fanOut})`,
            values: [layer.gradientNorm, layer.clippedNorm],
          }))}
        />
      );
    case 'update':
      return update ? (
        <LayerNormTable
          caption={t('slow.updateCaption')}
          columns={['‖Δθ‖', t('slow.weightAfter'), '‖Δθ‖ / ‖θ‖']}
          rows={update.layers.map((layer) => ({
            name: phrase(layer.name),
            values: [layer.updateNorm, layer.weightNorm, layer.updateNorm / layer.weightNorm],
          }))}
        />
      ) : null;
  }
}

function LossFigures({ loss }: { loss: StepInspection['loss'] }) {
  const { t } = useT();
  return (
    <p className="slow-motion-loss">
      {t('slow.batchLoss')}{' '}
      <output aria-label={t('slow.batchLossLabel')} className="figure">
        {formatLoss(loss.total)}
      </output>
      {loss.regularization !== null && (
        <>
          {' '}
          {t('slow.lossParts', {
            reconstruction: formatLoss(loss.reconstruction),
            term: formatLoss(loss.regularization),
          })}
        </>
      )}
    </p>
  );
}
