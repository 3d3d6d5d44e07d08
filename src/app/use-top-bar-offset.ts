import { useEffect, useRef } from 'react';

/** Keeps the CSS variable --top-bar-height equal to the sticky top bar's height, so that the page's
 * scroll-padding keeps whatever is scrolled into view (a focused control, a link target) out from under it. */
export function useTopBarOffset<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const bar = ref.current;
    if (!bar) return;
    const root = document.documentElement;
    const update = () => root.style.setProperty('--top-bar-height', `${bar.offsetHeight}px`);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);
  return ref;
}
