import type { StepInspection } from '../settings/step-anatomy';
import { useT } from '../i18n/language-context';

/** How many code units the table shows; the rest are summarised. */
const SHOWN_UNITS = 5;

/** The codes of the shown samples, one row per sample, one column per code unit. */
export function CodeTable({ inspection }: { inspection: StepInspection }) {
  const { codes, latentSize, sampleCount } = inspection;
  const units = Math.min(latentSize, SHOWN_UNITS);
  const { t } = useT();
  const shown = latentSize > units ? t('slow.firstShown', { units }) : '';
  return (
    <table className="code-table">
      <caption>
        {latentSize === 1 ? t('slow.codesOne', { shown }) : t('slow.codesMany', { count: latentSize, shown })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('slow.sample')}</th>
          {Array.from({ length: units }, (_, unit) => (
            <th key={unit} scope="col">
              z{unit + 1}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: sampleCount }, (_, sample) => (
          <tr key={sample}>
            <th scope="row">{sample + 1}</th>
            {Array.from({ length: units }, (_, unit) => (
              <td key={unit}>{(codes[sample * latentSize + unit] ?? Number.NaN).toFixed(3)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
