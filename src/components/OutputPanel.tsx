import { LossChart } from '../charts/LossChart';
import { LatentPanel } from '../charts/LatentPanel';
import { ReconstructionView } from '../charts/ReconstructionView';
import { VariantViews } from '../charts/VariantViews';
import { DrawingPad } from './DrawingPad';
import { useTraining } from '../state/playground-context';
import { formatLoss } from './format';
import { Readout } from './Readout';
import { RunsPanel } from './RunsPanel';
import { useT } from '../i18n/language-context';

/** The Output column: the loss curves, the evaluated loss once a run ends, and the reconstructions. */
export function OutputPanel() {
  const evaluatedLoss = useTraining((state) => state.evaluatedLoss);
  const { t } = useT();
  return (
    <section className="panel output" aria-labelledby="output-heading">
      <h2 id="output-heading">{t('panel.output')}</h2>
      <LossChart />
      <RunsPanel />
      {evaluatedLoss !== null && (
        <Readout
          label={t('output.evaluatedLoss')}
          value={formatLoss(evaluatedLoss)}
          detail={<span className="hint">{t('output.evaluatedLossHint')}</span>}
        />
      )}
      <ReconstructionView />
      <VariantViews />
      <LatentPanel />
      <DrawingPad />
    </section>
  );
}
