import type { StepInspection } from '../settings/step-anatomy';

/** How many code units the table shows; the rest are summarised. */
const SHOWN_UNITS = 5;

/** The codes of the shown samples, one row per sample, one column per code unit. */
export function CodeTable({ inspection }: { inspection: StepInspection }) {
  const { codes, latentSize, sampleCount } = inspection;
  const units = Math.min(latentSize, SHOWN_UNITS);
  return (
    <table className="code-table">
      <caption>
        Codes z ({latentSize} {latentSize === 1 ? 'number' : 'numbers'} per sample
        {latentSize > units ? `, the first ${units} shown` : ''})
      </caption>
      <thead>
        <tr>
          <th scope="col">Sample</th>
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
