import { useCallback, useMemo } from 'react';
import { useInsights } from '../state/playground-context';
import { drawWorst, worstLayout, type WorstSamples } from './draw-worst';
import { useHiDpiCanvas, type HiDpiCanvasProps } from './use-hidpi-canvas';
import { useSampleShape } from './use-sample-shape';

/** The validation samples the model reconstructs worst (from the latest insights), with their errors, and the
 * props of a canvas that draws them (input above reconstruction, index over, error under). */
export function useWorstSamples(): { worst: WorstSamples | null; canvas: HiDpiCanvasProps } {
  const insights = useInsights((insights) => insights);
  const shape = useSampleShape();
  const worst = useMemo(() => {
    if (!insights) return null;
    const { indices, inputs, outputs } = insights.worst;
    return {
      indices,
      inputs,
      outputs,
      errors: Array.from(indices, (index) => insights.errors[index] ?? NaN),
    };
  }, [insights]);
  const layout = worstLayout(worst?.indices.length ?? 0, shape);
  const draw = useCallback(
    (context: CanvasRenderingContext2D) => {
      if (worst) drawWorst(context, worst, shape);
    },
    [worst, shape],
  );
  return { worst, canvas: useHiDpiCanvas(layout.width, layout.height, draw) };
}
