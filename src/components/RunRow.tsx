import type { RunRecord } from '../state/run-list';
import { usePlayground } from '../state/playground-context';
import { formatCount, formatLoss } from './format';
import { useDraft } from './use-draft';
import { useT } from '../i18n/language-context';

/** One kept run: overlay checkbox, editable name, final figures, where it came from, and Delete. */
export function RunRow({ run, current }: { run: RunRecord; current: boolean }) {
  const { runs } = usePlayground();
  const [draft, setDraft] = useDraft(run.name);
  const { t } = useT();
  const commit = () => {
    if (draft !== run.name) runs.rename(run.id, draft);
  };
  const { figures, settings } = run;
  return (
    <li className="run-row">
      <div className="run-row-head">
        <input
          type="checkbox"
          checked={run.overlaid}
          aria-label={`Overlay ${run.name} on the loss chart`}
          onChange={(event) => runs.setOverlaid(run.id, event.target.checked)}
        />
        <input
          type="text"
          className="run-name"
          value={draft}
          aria-label={`Name of run ${run.id}`}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
        />
        {current && <span className="run-badge">{t('runs.current')}</span>}
        <button type="button" aria-label={`Delete ${run.name}`} onClick={() => runs.remove(run.id)}>
          {t('runs.delete')}
        </button>
      </div>
      <p className="run-figures">
        {settings.optimizer}, lr {settings.learningRate} · epoch {figures.epoch} · step{' '}
        {formatCount(figures.step)} · training loss {formatLoss(figures.trainLoss)} · validation loss{' '}
        {formatLoss(figures.validationLoss)} ·{' '}
        {figures.samplesPerSecond === null ? '—' : formatCount(figures.samplesPerSecond)} samples/s ·{' '}
        {figures.backend ?? '—'}
      </p>
      {run.origin.kind === 'ab' && <p className="hint">A/B: {run.origin.note}</p>}
      {run.origin.kind === 'race' && (
        <p className="hint">
          Optimizer race
          {run.origin.diverged ? ': the loss became infinite or NaN, so this racer stopped.' : '.'}
        </p>
      )}
    </li>
  );
}
