import { useEffect, useMemo, useRef, useState } from 'react';
import { usePlayground } from '../state/playground-context';
import { throttle } from '../state/throttle';

/** What the latent map asks the worker about, and the handlers that change it. */
export interface MapQuestions {
  /** The point under the pointer or the keyboard cursor now. */
  hovered: number | null;
  /** The point last hovered, whose sample and reconstruction are shown. */
  inspected: number | null;
  /** The spot (data coordinates) last decoded. */
  decoded: [number, number] | null;
  hover: (point: number | null) => void;
  decode: (spot: [number, number]) => void;
}

/** Holds the map's questions and asks the worker: a newly hovered point's sample (at most ten a second), a
 * decoded spot, and both again at each new `step`, as the model has moved on. */
export function useMapQuestions(step: number): MapQuestions {
  const playground = usePlayground();
  const [hovered, setHovered] = useState<number | null>(null);
  const [inspected, setInspected] = useState<number | null>(null);
  const [decoded, setDecoded] = useState<[number, number] | null>(null);
  // The step effect reads the latest questions without re-running when they change.
  const latest = useRef<{ inspected: number | null; decoded: [number, number] | null }>({
    inspected: null,
    decoded: null,
  });
  const inspect = useMemo(
    () => throttle((sample: number) => playground.ask({ type: 'inspectSample', index: sample }), 100),
    [playground],
  );
  useEffect(() => () => inspect.cancel(), [inspect]);
  useEffect(() => {
    const { inspected: point, decoded: spot } = latest.current;
    if (point !== null) playground.ask({ type: 'inspectSample', index: point });
    if (spot) playground.ask({ type: 'decodeMapPoint', x: spot[0], y: spot[1] });
  }, [step, playground]);
  return {
    hovered,
    inspected,
    decoded,
    hover(point) {
      setHovered(point);
      if (point === null || point === latest.current.inspected) return;
      latest.current.inspected = point;
      setInspected(point);
      inspect.call(point);
    },
    decode(spot) {
      latest.current.decoded = spot;
      setDecoded(spot);
      playground.ask({ type: 'decodeMapPoint', x: spot[0], y: spot[1] });
    },
  };
}
