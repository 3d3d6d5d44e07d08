/** A setting's value written in TeX: plain decimals for everyday sizes, a power of ten for tiny or huge ones
 * (1e-7 → 10^{-7}, 2.5e-5 → 2.5 \times 10^{-5}). */
export function texNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const size = Math.abs(value);
  if (size === 0 || (size >= 1e-3 && size < 1e5)) return String(Number(value.toPrecision(4)));
  const [mantissa = '', exponent = ''] = value.toExponential().split('e');
  const power = `10^{${Number(exponent)}}`;
  const digits = Number(Number(mantissa).toPrecision(4));
  if (digits === 1) return power;
  if (digits === -1) return `-${power}`;
  return `${digits} \\times ${power}`;
}
