/** One rule explained: its name, its formula in TeX, the values the current settings give its constants, what
 * it does and when to choose it. */
export interface FormulaEntry {
  name: string;
  tex: string;
  /** The constants as the settings pass them to tfjs, in TeX (e.g. "\eta = 0.001"); empty when none. */
  constants: string;
  explanation: string;
  whenToUse: string;
}

/** Joins `symbol = value` pairs into one TeX line. */
export function constantsTex(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([symbol, value]) => `${symbol} = ${value}`).join(',\\quad ');
}
