/** Colours of the charts, from the Okabe–Ito palette so colour-blind readers can tell them apart. */
export const chartColors = {
  train: '#0072B2',
  validation: '#D55E00',
  reconstruction: '#56B4E9',
  regularization: '#CC79A7',
} as const;

/** The PCA baseline's colour (Okabe–Ito bluish green). */
export const pcaColour = '#009E73';

/** Okabe–Ito's eight colours, then two more dark tones, for up to ten classes. */
const classPalette = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
  '#7F7F7F',
  '#8C564B',
] as const;

/** The colour of class `index`; more than ten classes wrap around. */
export function classColour(index: number): string {
  return (
    classPalette[((index % classPalette.length) + classPalette.length) % classPalette.length] ?? '#000000'
  );
}
