import { useMemo } from 'react';
import { useViews } from '../state/playground-context';
import type { WorstSamples } from './draw-worst';

/** The validation samples the model reconstructs worst (from the latest insights), with their errors. */
export function useWorstSamples(): WorstSamples | null {
  const insights = useViews((state) => state.insights);
  return useMemo(() => {
    if (!insights) return null;
    const { indices, inputs, outputs } = insights.worst;
    return {
      indices,
      inputs,
      outputs,
      errors: Array.from(indices, (index) => insights.errors[index] ?? NaN),
    };
  }, [insights]);
}
