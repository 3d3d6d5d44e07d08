import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { downloadBlob, downloadText } from '../app/downloads';
import { WEIGHTS_FILE } from '../settings/model-format';
import { usePlayground } from '../state/playground-context';
import { TransferNote, type Note } from './TransferNote';
import { useT } from '../i18n/language-context';

/** Saves the trained model in TF.js format (model.json and weights.bin) and loads such files back. */
export function ModelTransfer() {
  const { t } = useT();
  const playground = usePlayground();
  const [note, setNote] = useState<Note | null>(null);
  const inputId = useId();
  useEffect(
    () =>
      playground.listen((message) => {
        if (message.type === 'modelExport') {
          const { result } = message;
          if (!result.ok) return setNote({ kind: 'error', text: result.error });
          downloadText(result.modelJson, 'model.json', 'application/json');
          downloadBlob(new Blob([result.weights], { type: 'application/octet-stream' }), WEIGHTS_FILE);
          setNote({ kind: 'done', text: t('model.saved') });
        } else if (message.type === 'modelImport') {
          const { result } = message;
          setNote(
            result.ok ? { kind: 'done', text: t('model.loaded') } : { kind: 'error', text: result.error },
          );
        }
      }),
    [playground, t],
  );
  const load = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    const json = files.find((file) => file.name.endsWith('.json'));
    const weights = files.find((file) => file.name.endsWith('.bin'));
    if (!json || !weights) {
      setNote({ kind: 'error', text: t('model.chooseBoth') });
      return;
    }
    setNote({ kind: 'done', text: t('model.loading') });
    playground.importModel(await json.text(), await weights.arrayBuffer());
  };
  return (
    <div className="transfer-group">
      <h3>{t('heading.modelTfjs')}</h3>
      <div className="button-row">
        <button type="button" onClick={() => playground.exportModel()}>
          {t('model.download')}
        </button>
      </div>
      <div className="field">
        <label htmlFor={inputId}>{t('model.load')}</label>
        <input
          id={inputId}
          type="file"
          multiple
          accept=".json,.bin,application/json,application/octet-stream"
          onChange={(event) => void load(event)}
        />
      </div>
      <TransferNote note={note} />
    </div>
  );
}
