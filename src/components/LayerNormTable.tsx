import { formatLoss } from './format';
import { useT } from '../i18n/language-context';

/** A table of one figure or more per layer (gradient norms, update sizes), named by `caption`. */
export function LayerNormTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: readonly string[];
  rows: readonly { name: string; values: readonly number[] }[];
}) {
  const { t } = useT();
  return (
    <table className="layer-norms">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('slow.layer')}</th>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name}>
            <th scope="row">{row.name}</th>
            {row.values.map((value, index) => (
              <td key={columns[index] ?? index}>{formatLoss(value)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
