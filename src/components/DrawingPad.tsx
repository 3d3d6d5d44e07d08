import { useEffect, useId, useMemo, useRef, useState, type PointerEvent } from 'react';
import { useDatasetShape, usePlayground, useData, usePreview } from '../state/playground-context';
import { drawGrayImage } from '../charts/draw-gray-image';
import { useT } from '../i18n/language-context';

const PAD_PX = 224;

/** A pad to draw a sample (a digit) on, the current model's reconstruction of it beside it, and a button that
 * adds the drawing to the training set. Shown for grayscale image data. */
export function DrawingPad() {
  const shape = useDatasetShape();
  if (!shape.imageShape || shape.imageShape[2] !== 1) return null;
  return <Pad side={shape.imageShape[0]} classes={shape.classes} />;
}

function Pad({ side, classes }: { side: number; classes: readonly string[] | null }) {
  const { t, phrase } = useT();
  const playground = usePlayground();
  const padRef = useRef<HTMLCanvasElement>(null);
  const outputRef = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [values, setValues] = useState<Float32Array | null>(null);
  const [label, setLabel] = useState(0);
  const { drawingOutput, drawingNote, addedSamples } = useData((state) => state);
  // Deferred: a snapshot redraws in React's background work, not in the task that received it.
  const preview = usePreview();
  const snapshotStep = preview?.step ?? 0;
  const firstSample = useMemo(
    () => (preview && preview.dataset.features === side * side ? preview.inputs.slice(0, side * side) : null),
    [preview, side],
  );
  const id = useId();

  useEffect(() => clearPad(padRef.current), []);
  // Reconstruct again whenever the model has moved on, so the drawing's reconstruction improves live.
  useEffect(() => {
    if (values) playground.reconstructSample(values);
  }, [values, snapshotStep, playground]);
  useEffect(() => {
    const context = outputRef.current?.getContext('2d');
    if (context) drawGrayImage(context, drawingOutput, side, PAD_PX / 2);
  }, [drawingOutput, side]);

  const stroke = (event: PointerEvent<HTMLCanvasElement>) => {
    const canvas = padRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context || !drawing.current) return;
    const box = canvas.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * PAD_PX;
    const y = ((event.clientY - box.top) / box.height) * PAD_PX;
    context.fillStyle = '#000';
    context.beginPath();
    context.arc(x, y, PAD_PX / 18, 0, 2 * Math.PI);
    context.fill();
  };
  const finish = () => {
    if (!drawing.current) return;
    drawing.current = false;
    setValues(readPad(padRef.current, side));
  };
  const loadSample = () => {
    if (!firstSample || !padRef.current) return;
    const context = padRef.current.getContext('2d');
    if (context) drawGrayImage(context, firstSample, side, PAD_PX);
    setValues(firstSample);
  };
  return (
    <section className="drawing-pad" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('heading.drawSample')}</h3>
      <div className="pad-row">
        <canvas
          ref={padRef}
          width={PAD_PX}
          height={PAD_PX}
          aria-label={t('label.drawingPad')}
          role="img"
          onPointerDown={(event) => {
            drawing.current = true;
            event.currentTarget.setPointerCapture(event.pointerId);
            stroke(event);
          }}
          onPointerMove={stroke}
          onPointerUp={finish}
          onPointerCancel={finish}
        />
        <canvas
          ref={outputRef}
          width={PAD_PX / 2}
          height={PAD_PX / 2}
          aria-label={t('label.drawingReconstruction')}
          role="img"
        />
      </div>
      {drawingNote && <p className="hint">{phrase(drawingNote)}</p>}
      <div className="button-row">
        <button
          type="button"
          onClick={() => {
            clearPad(padRef.current);
            setValues(null);
          }}
        >
          {t('draw.clear')}
        </button>
        <button type="button" onClick={loadSample} disabled={!firstSample}>
          {t('draw.fromSample')}
        </button>
        {classes && (
          <select
            aria-label={t('label.drawingClass')}
            value={label}
            onChange={(event) => setLabel(Number(event.target.value))}
          >
            {classes.map((name, index) => (
              <option key={name} value={index}>
                {name}
              </option>
            ))}
          </select>
        )}
        <button
          type="button"
          disabled={!values}
          onClick={() => values && playground.addSamples(values, classes ? new Int32Array([label]) : null)}
        >
          {t('draw.add')}
        </button>
      </div>
      {addedSamples > 0 && (
        <p className="hint" role="status">
          {t(addedSamples === 1 ? 'draw.addedOne' : 'draw.addedMany', { count: addedSamples })}
        </p>
      )}
    </section>
  );
}

function clearPad(canvas: HTMLCanvasElement | null): void {
  const context = canvas?.getContext('2d');
  if (!context) return;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, PAD_PX, PAD_PX);
}

/** The pad as a side×side sample: each pixel the average darkness of its area (ink is 1). */
function readPad(canvas: HTMLCanvasElement | null, side: number): Float32Array {
  const values = new Float32Array(side * side);
  const context = canvas?.getContext('2d');
  if (!context) return values;
  const pixels = context.getImageData(0, 0, PAD_PX, PAD_PX).data;
  const cell = PAD_PX / side;
  for (let y = 0; y < PAD_PX; y++) {
    for (let x = 0; x < PAD_PX; x++) {
      const index = Math.floor(y / cell) * side + Math.floor(x / cell);
      values[index] =
        (values[index] ?? 0) + (255 - (pixels[(y * PAD_PX + x) * 4] ?? 255)) / 255 / (cell * cell);
    }
  }
  return values;
}
