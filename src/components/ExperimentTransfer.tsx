import { useId, useState, type ChangeEvent } from 'react';
import { downloadText } from '../app/downloads';
import { encodeExperiment, parseExperiment } from '../state/experiment-file';
import { curvePoints } from '../state/loss-history';
import { lossHistoryCsv } from '../state/loss-csv';
import { usePlayground } from '../state/playground-context';
import { TransferNote, type Note } from './TransferNote';
import { useT } from '../i18n/language-context';

/** Saves the experiment (settings and loss curves) as JSON and the curves as CSV; opens a saved experiment. */
export function ExperimentTransfer() {
  const { t } = useT();
  const playground = usePlayground();
  const [note, setNote] = useState<Note | null>(null);
  const inputId = useId();
  const current = () => ({
    settings: playground.settings.get().settings,
    history: playground.training.get().history,
  });
  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const reading = parseExperiment(await file.text());
    if (!reading.ok) return setNote({ kind: 'error', text: reading.error });
    const { settings, history } = reading.experiment;
    // A new set-up: the old run goes, the file's settings and curves take its place until Train.
    playground.reset();
    playground.settings.replace(settings);
    const validationLoss = curvePoints(history.validation).at(-1)?.loss ?? null;
    playground.training.set({ ...playground.training.get(), history, validationLoss });
    setNote({ kind: 'done', text: t('experiment.opened', { file: file.name }) });
  };
  return (
    <div className="transfer-group">
      <h3>{t('heading.experiment')}</h3>
      <div className="button-row">
        <button
          type="button"
          onClick={() => downloadText(encodeExperiment(current()), 'experiment.json', 'application/json')}
        >
          {t('experiment.download')}
        </button>
        <button
          type="button"
          onClick={() => downloadText(lossHistoryCsv(current().history), 'loss-history.csv', 'text/csv')}
        >
          {t('experiment.csv')}
        </button>
      </div>
      <div className="field">
        <label htmlFor={inputId}>{t('experiment.open')}</label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          onChange={(event) => void open(event)}
        />
      </div>
      <TransferNote note={note} />
    </div>
  );
}
