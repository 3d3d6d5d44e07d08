import { AbTestForm } from './AbTestForm';
import { RaceControls } from './RaceControls';
import { RunList } from './RunList';
import { useT } from '../i18n/language-context';

/** Runs compared: the run list, A/B tests and the optimizer race. */
export function RunsPanel() {
  const { t } = useT();
  return (
    <section className="runs-panel" aria-labelledby="runs-heading">
      <h3 id="runs-heading">{t('heading.runs')}</h3>
      <RaceControls />
      <details className="advanced">
        <summary>{t('heading.abTest')}</summary>
        <AbTestForm />
      </details>
      <RunList />
    </section>
  );
}
