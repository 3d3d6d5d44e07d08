import { useState } from 'react';
import { canvasToPng, downloadBlob, downloadText, svgToPng, type LegendEntry } from '../app/downloads';
import { generateKerasScript } from '../codegen/keras';
import { planModel } from '../codegen/model-plan';
import { generateTfjsScript } from '../codegen/tfjs-node';
import { useOpenView } from '../state/layout-context';
import { useDatasetShape, useSettings } from '../state/playground-context';
import { ExperimentTransfer } from './ExperimentTransfer';
import { ModelTransfer } from './ModelTransfer';
import { TransferNote, type Note } from './TransferNote';
import './share.css';
import { useT } from '../i18n/language-context';
import { phraseOf } from '../settings/phrases';

/** "Export and import": the model, the experiment, the loss history, the figures and the equivalent code. */
export function ExportPanel() {
  const { t } = useT();
  const [open, setOpen] = useOpenView('export');
  return (
    <details className="export panel" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('heading.exportImport')}</summary>
      {open && (
        <>
          <ModelTransfer />
          <ExperimentTransfer />
          <FigureDownloads />
          <CodeDownloads />
        </>
      )}
    </details>
  );
}

function FigureDownloads() {
  const { t, phrase } = useT();
  const [note, setNote] = useState<Note | null>(null);
  const save = async (find: () => Promise<Blob | null>, fileName: string, what: string) => {
    try {
      const blob = await find();
      if (!blob) return setNote({ kind: 'error', text: t('export.nothingYet', { what }) });
      downloadBlob(blob, fileName);
      setNote({ kind: 'done', text: t('export.saved', { file: fileName }) });
    } catch (error) {
      setNote({ kind: 'error', text: t('export.failed', { what, error: phrase(phraseOf(error)) }) });
    }
  };
  const chart = () => {
    // Found by a data attribute, not by its label, which follows the page's language.
    const area = document.querySelector('[data-export="loss-chart"]');
    const svg = area?.querySelector<SVGSVGElement>('.recharts-wrapper > svg');
    return svg ? svgToPng(svg, chartLegend(area)) : Promise.resolve(null);
  };
  const reconstructions = () => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-export="reconstructions"]');
    return canvas ? canvasToPng(canvas) : Promise.resolve(null);
  };
  return (
    <div className="transfer-group">
      <h3>{t('heading.figuresPng')}</h3>
      <div className="button-row">
        <button type="button" onClick={() => void save(chart, 'loss-chart.png', t('export.chart'))}>
          {t('export.downloadChart')}
        </button>
        <button
          type="button"
          onClick={() => void save(reconstructions, 'reconstructions.png', t('export.reconstructions'))}
        >
          {t('export.downloadReconstructions')}
        </button>
      </div>
      <TransferNote note={note} />
    </div>
  );
}

/** The chart's legend as Recharts drew it in HTML: each entry's text and colour. */
function chartLegend(area: Element | null): LegendEntry[] {
  return [...(area?.querySelectorAll('.recharts-legend-item') ?? [])].map((item) => {
    const icon = item.querySelector('svg path, svg line');
    const style = icon ? getComputedStyle(icon) : null;
    const stroke = style?.stroke && style.stroke !== 'none' ? style.stroke : null;
    return {
      label: item.querySelector('.recharts-legend-item-text')?.textContent ?? '',
      colour: stroke ?? style?.fill ?? getComputedStyle(item).color,
    };
  });
}

function CodeDownloads() {
  const { t } = useT();
  const settings = useSettings((state) => state.settings);
  const { features } = useDatasetShape();
  const plan = () => planModel(settings, features);
  return (
    <div className="transfer-group">
      <h3>{t('heading.code')}</h3>
      <p className="hint">{t('export.codeHint')}</p>
      <div className="button-row">
        <button
          type="button"
          onClick={() => downloadText(generateKerasScript(plan()), 'autoencoder.py', 'text/x-python')}
        >
          {t('export.keras')}
        </button>
        <button
          type="button"
          onClick={() => downloadText(generateTfjsScript(plan()), 'autoencoder.mjs', 'text/javascript')}
        >
          {t('export.tfjs')}
        </button>
      </div>
    </div>
  );
}
