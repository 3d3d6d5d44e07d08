import { phrase, PhraseError } from '../settings/phrases';

/** Saves a blob as a file through a temporary link; the only code on the page that starts downloads. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves text as a file of the given MIME type. */
export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** A canvas's pixels as a PNG. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new PhraseError(phrase('export.emptyCanvas')))),
      'image/png',
    ),
  );
}

// Styles the chart takes from the page's CSS (colours from custom properties among them): an SVG drawn as an
// image sees no page CSS, so each element gets its computed values inline.
const INLINED_STYLES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
];

/** A legend entry drawn over the top of a chart picture (Recharts draws its legend in HTML, not in the SVG). */
export interface LegendEntry {
  label: string;
  colour: string;
}

/** An SVG chart as a PNG at `scale` × its size, on the page's background colour, with its legend on top. */
export async function svgToPng(svg: SVGSVGElement, legend: LegendEntry[] = [], scale = 2): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  const url = URL.createObjectURL(
    new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }),
  );
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new PhraseError(phrase('export.noCanvas'));
    context.fillStyle = getComputedStyle(document.body).backgroundColor || 'white';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    drawLegend(context, legend, scale);
    return await canvasToPng(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}

function drawLegend(context: CanvasRenderingContext2D, legend: LegendEntry[], scale: number): void {
  context.save();
  context.scale(scale, scale);
  context.font = `12px ${getComputedStyle(document.body).fontFamily || 'sans-serif'}`;
  context.textBaseline = 'middle';
  let x = 72;
  for (const { label, colour } of legend) {
    context.fillStyle = colour;
    context.fillRect(x, 11, 14, 2);
    context.fillText(label, x + 18, 12);
    x += 18 + context.measureText(label).width + 16;
  }
  context.restore();
}

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const style = INLINED_STYLES.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';');
  target.setAttribute('style', style);
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let index = 0; index < sourceChildren.length; index++) {
    const from = sourceChildren[index];
    const to = targetChildren[index];
    if (from && to) inlineStyles(from, to);
  }
}
