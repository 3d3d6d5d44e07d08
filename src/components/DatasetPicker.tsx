import { useEffect, useRef } from 'react';
import { drawThumbnail } from '../charts/draw-thumbnail';
import { datasetSuggestions } from '../settings/datasets';
import { datasetLabels, optionKeys, type DatasetId } from '../settings/options';
import { useHiddenField } from '../state/layout-context';
import { usePlayground, useData, useSettings } from '../state/playground-context';
import type { DatasetThumbnail } from '../worker/protocol';
import { useT } from '../i18n/language-context';
import { canvasContext } from '../charts/canvas-context';

const THUMBNAIL_PX = 56;

/** The data sets as a group of radio buttons, each with a preview of its data (as TF Playground does).
 * Picking one also applies the model and loss it suggests. */
export function DatasetPicker() {
  const playground = usePlayground();
  const dataset = useSettings((state) => state.settings.dataset);
  const thumbnails = useData((state) => state.thumbnails);
  const tr = useT();
  const label = tr.setting('dataset').label;
  useEffect(() => playground.requestThumbnails(), [playground]);
  const choose = (id: DatasetId) => {
    playground.settings.patch({ dataset: id, ...datasetSuggestions[id] });
  };
  if (useHiddenField('dataset')) return null;
  return (
    <fieldset className="dataset-picker">
      <legend>{label}</legend>
      <div role="radiogroup" aria-label={label} className="dataset-options">
        {optionKeys(datasetLabels).map((id) => (
          <label key={id} className={id === dataset ? 'dataset-option selected' : 'dataset-option'}>
            <input
              type="radio"
              name="dataset"
              value={id}
              checked={id === dataset}
              onChange={() => choose(id)}
            />
            <Thumbnail thumbnail={thumbnails[id]} />
            <span>{tr.option(datasetLabels, id)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Thumbnail({ thumbnail }: { thumbnail: DatasetThumbnail | undefined }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvasContext(canvasRef.current);
    if (context && thumbnail) drawThumbnail(context, thumbnail, THUMBNAIL_PX);
  }, [thumbnail]);
  return (
    <canvas
      ref={canvasRef}
      width={THUMBNAIL_PX}
      height={THUMBNAIL_PX}
      aria-hidden="true"
      className="thumbnail"
    />
  );
}
