import { useEffect, useState, type RefObject } from 'react';

/** Whether the element is wider than its box, so it scrolls sideways (a long formula on a narrow screen). A
 * scrolling box must then be reachable by keyboard. `content` is what the box shows: new content is measured
 * again, as the box itself may keep its size. */
export function useOverflows(ref: RefObject<HTMLElement | null>, content: unknown): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    // The content widens without the box changing size when its web fonts arrive.
    let live = true;
    void document.fonts.ready.then(() => live && measure());
    document.fonts.addEventListener('loadingdone', measure);
    return () => {
      live = false;
      observer.disconnect();
      document.fonts.removeEventListener('loadingdone', measure);
    };
  }, [ref, content]);
  return overflows;
}
