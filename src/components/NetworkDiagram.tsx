import { layerWidths } from '../settings/model-shape';
import { useDatasetShape, useSettings } from '../state/playground-context';
import { useT } from '../i18n/language-context';

const HEIGHT = 120;
const LAYER_GAP = 44;
const BAR_WIDTH = 14;

/** Draws the autoencoder's shape: one bar per layer, its height growing with the layer's width, the code
 * layer highlighted; the widths are spelled out beneath (e.g. 10 → 5 → 5 → 5 → 10). */
export function NetworkDiagram() {
  const { t } = useT();
  const settings = useSettings((state) => state.settings);
  const widths = layerWidths(settings.encoderUnits, settings.latentSize, useDatasetShape().features);
  const codeIndex = settings.encoderUnits.length + 1;
  const largest = Math.max(...widths);
  const barHeight = (width: number) => Math.max(6, (HEIGHT - 10) * Math.sqrt(width / largest));
  const shape = widths.join(' → ');
  const svgWidth = (widths.length - 1) * LAYER_GAP + BAR_WIDTH + 8;
  return (
    <figure className="network-diagram">
      <svg
        role="img"
        aria-label={t('label.networkShape', { shape })}
        viewBox={`0 0 ${svgWidth} ${HEIGHT}`}
        width="100%"
        height={HEIGHT}
      >
        {widths.map((width, index) => {
          const x = 4 + index * LAYER_GAP;
          const height = barHeight(width);
          const next = widths[index + 1];
          return (
            <g key={index}>
              {next !== undefined && (
                <polygon
                  className="network-link"
                  points={[
                    `${x + BAR_WIDTH},${(HEIGHT - height) / 2}`,
                    `${x + LAYER_GAP},${(HEIGHT - barHeight(next)) / 2}`,
                    `${x + LAYER_GAP},${(HEIGHT + barHeight(next)) / 2}`,
                    `${x + BAR_WIDTH},${(HEIGHT + height) / 2}`,
                  ].join(' ')}
                />
              )}
              <rect
                className={index === codeIndex ? 'network-layer network-code' : 'network-layer'}
                x={x}
                y={(HEIGHT - height) / 2}
                width={BAR_WIDTH}
                height={height}
                rx={3}
              />
            </g>
          );
        })}
      </svg>
      <figcaption>{shape}</figcaption>
    </figure>
  );
}
