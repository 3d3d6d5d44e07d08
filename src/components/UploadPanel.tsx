import { useId, useState, type ChangeEvent } from 'react';
import { usePlayground, useData } from '../state/playground-context';
import type { CsvScaling } from '../worker/protocol';
import { useT } from '../i18n/language-context';

/** Loads the user's own data, which never leaves the browser: a CSV/TSV file, or images (files or a whole
 * folder, labelled by folder name). A failed parse keeps the previous data. */
export function UploadPanel() {
  const { uploading, uploadError, upload } = useData((state) => state);
  const id = useId();
  const { t, phrase } = useT();
  return (
    <div className="upload-panel" aria-busy={uploading}>
      <p className="hint">{t('upload.private')}</p>
      <CsvUpload />
      <ImageUpload />
      {uploading && <p role="status">{t('upload.reading')}</p>}
      {uploadError && (
        <p role="alert" className="field-error" id={`${id}-error`}>
          {phrase(uploadError)}
        </p>
      )}
      {upload && (
        <div className="upload-summary" aria-live="polite">
          <p>
            <strong>{phrase(upload.name)}</strong>:{' '}
            {t('upload.summary', {
              train: upload.trainCount.toLocaleString('en-US'),
              validation: upload.validationCount.toLocaleString('en-US'),
              features: upload.shape.features,
            })}
          </p>
          <ul>
            {upload.notes.map((note, index) => (
              <li key={index}>{phrase(note)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function CsvUpload() {
  const { t } = useT();
  const playground = usePlayground();
  const [scaling, setScaling] = useState<CsvScaling>('minmax');
  const [labelColumn, setLabelColumn] = useState('');
  const id = useId();
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) playground.upload({ kind: 'csv', file, scaling, labelColumn: labelColumn.trim() || null });
    event.target.value = '';
  };
  return (
    <fieldset>
      <legend>{t('heading.csvTable')}</legend>
      <div className="field-grid">
        <div className="field">
          <label htmlFor={`${id}-scaling`}>{t('upload.scaling')}</label>
          <select
            id={`${id}-scaling`}
            value={scaling}
            onChange={(event) => setScaling(event.target.value as CsvScaling)}
          >
            <option value="minmax">{t('upload.minmax')}</option>
            <option value="zscore">{t('upload.zscore')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-label`}>{t('upload.labelColumn')}</label>
          <input
            id={`${id}-label`}
            type="text"
            value={labelColumn}
            onChange={(event) => setLabelColumn(event.target.value)}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('upload.csvFile')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
          onChange={onFile}
        />
      </div>
    </fieldset>
  );
}

function ImageUpload() {
  const { t } = useT();
  const playground = usePlayground();
  const [size, setSize] = useState(28);
  const [colour, setColour] = useState<'grayscale' | 'rgb'>('grayscale');
  const id = useId();
  const onFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])].map((file) => ({
      file,
      path: file.webkitRelativePath || file.name,
    }));
    if (files.length > 0) playground.upload({ kind: 'images', files, size, colour });
    event.target.value = '';
  };
  return (
    <fieldset>
      <legend>{t('heading.images')}</legend>
      <div className="field-grid">
        <div className="field">
          <label htmlFor={`${id}-size`}>{t('upload.imageSize')}</label>
          <input
            id={`${id}-size`}
            type="number"
            min={4}
            max={64}
            value={size}
            onChange={(event) =>
              setSize(Math.min(64, Math.max(4, Math.round(Number(event.target.value) || 28))))
            }
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-colour`}>{t('upload.colour')}</label>
          <select
            id={`${id}-colour`}
            value={colour}
            onChange={(event) => setColour(event.target.value as 'grayscale' | 'rgb')}
          >
            <option value="grayscale">{t('upload.grayscale')}</option>
            <option value="rgb">RGB</option>
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-files`}>{t('upload.imageFiles')}</label>
        <input
          id={`${id}-files`}
          type="file"
          multiple
          accept="image/png,image/jpeg,.png,.jpg,.jpeg"
          onChange={onFiles}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-folder`}>{t('upload.imageFolder')}</label>
        <input id={`${id}-folder`} type="file" multiple {...{ webkitdirectory: '' }} onChange={onFiles} />
      </div>
    </fieldset>
  );
}
