import { runName, runTokens, type RunRecord } from '../state/run-list';
import { usePlayground } from '../state/playground-context';
import { formatCount, formatLoss } from './format';
import { useDraft } from './use-draft';
import { useT } from '../i18n/language-context';

/** One kept run: overlay checkbox, editable name, final figures, where it came from, and Delete. */
export function RunRow({ run, current }: { run: RunRecord; current: boolean }) {
  const { runs } = usePlayground();
  const tr = useT();
  const { t } = tr;
  const name = runName(run, t);
  const [draft, setDraft] = useDraft(name);
  const commit = () => {
    if (draft !== name) runs.rename(run.id, draft);
  };
  const { figures, settings } = run;
  const tokens = runTokens(run, tr);
  return (
    <li className="run-row">
      <div className="run-row-head">
        <input
          type="checkbox"
          checked={run.overlaid}
          aria-label={t('label.overlayRun', { name })}
          onChange={(event) => runs.setOverlaid(run.id, event.target.checked)}
        />
        <input
          type="text"
          className="run-name"
          value={draft}
          aria-label={t('label.runName', { id: run.id })}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
        />
        {current && <span className="run-badge">{t('runs.current')}</span>}
        <button type="button" aria-label={t('label.deleteRun', { name })} onClick={() => runs.remove(run.id)}>
          {t('runs.delete')}
        </button>
      </div>
      <p className="run-figures">
        {t('runs.figures', {
          optimizer: tokens.optimizer,
          rate: settings.learningRate,
          epoch: figures.epoch,
          step: formatCount(figures.step),
          train: formatLoss(figures.trainLoss),
          validation: formatLoss(figures.validationLoss),
          speed: figures.samplesPerSecond === null ? '—' : formatCount(figures.samplesPerSecond),
          backend: tokens.backend ?? '—',
        })}
      </p>
      {run.origin.kind === 'ab' && (
        <p className="hint">{t('runs.ab', { note: tr.phrase(run.origin.note) })}</p>
      )}
      {run.origin.kind === 'race' && (
        <p className="hint">{t(run.origin.diverged ? 'runs.raceDiverged' : 'runs.race')}</p>
      )}
    </li>
  );
}
