import { AbTestForm } from './AbTestForm';
import { RaceControls } from './RaceControls';
import { RunList } from './RunList';

/** Runs compared: the run list, A/B tests and the optimizer race. */
export function RunsPanel() {
  return (
    <section className="runs-panel" aria-labelledby="runs-heading">
      <h3 id="runs-heading">Runs</h3>
      <RaceControls />
      <details className="advanced">
        <summary>A/B test</summary>
        <AbTestForm />
      </details>
      <RunList />
    </section>
  );
}
