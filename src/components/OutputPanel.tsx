import { LossChart } from '../charts/LossChart';
import { LatentPanel } from '../charts/LatentPanel';
import { ReconstructionView } from '../charts/ReconstructionView';
import { VariantViews } from '../charts/VariantViews';
import { DrawingPad } from './DrawingPad';
import { useTraining } from '../state/playground-context';
import { formatLoss } from './format';
import { Readout } from './Readout';
import { RunsPanel } from './RunsPanel';

/** The Output column: the loss curves, the evaluated loss once a run ends, and the reconstructions. */
export function OutputPanel() {
  const evaluatedLoss = useTraining((state) => state.evaluatedLoss);
  return (
    <section className="panel output" aria-labelledby="output-heading">
      <h2 id="output-heading">Output</h2>
      <LossChart />
      <RunsPanel />
      {evaluatedLoss !== null && (
        <Readout
          label="Evaluated loss (training set)"
          value={formatLoss(evaluatedLoss)}
          detail={
            <span className="hint">
              The loss over the whole training set after the last epoch, as model.evaluate gives it.
            </span>
          }
        />
      )}
      <ReconstructionView />
      <VariantViews />
      <LatentPanel />
      <DrawingPad />
    </section>
  );
}
