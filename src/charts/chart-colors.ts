/** Colours of the charts, chosen from the Okabe–Ito palette so colour-blind readers can tell them apart. */
export const chartColors = {
  train: '#0072B2',
  validation: '#D55E00',
} as const;
