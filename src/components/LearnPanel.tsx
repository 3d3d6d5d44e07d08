import { lazy, Suspense, useEffect, useRef } from 'react';
import { usePlayground } from '../state/playground-context';
import { useLearnPanel } from '../state/use-learn';
import { useT } from '../i18n/language-context';
import './learn.css';

// KaTeX and its fonts load with the panel's content, on first opening only.
const LearnContent = lazy(() =>
  import('./LearnContent').then((module) => ({ default: module.LearnContent })),
);

/** The Learn panel: the training cycle, slow motion, the formulas of the current choices and a glossary. */
export function LearnPanel() {
  const { learn } = usePlayground();
  const { open, term } = useLearnPanel((state) => state);
  const heading = useRef<HTMLHeadingElement>(null);
  const { t } = useT();
  useEffect(() => {
    // Opened from the Learn button: bring the panel into view. A glossary term scrolls to its own entry.
    if (open && !term) heading.current?.scrollIntoView({ block: 'start' });
  }, [open, term]);
  if (!open) return null;
  return (
    <section id="learn-panel" className="panel learn-panel" aria-labelledby="learn-heading">
      <div className="learn-header">
        <h2 id="learn-heading" ref={heading} tabIndex={-1}>
          {t('learn.heading')}
        </h2>
        <button type="button" onClick={learn.close}>
          {t('learn.close')}
        </button>
      </div>
      <Suspense fallback={<p className="hint">{t('learn.loading')}</p>}>
        <LearnContent />
      </Suspense>
    </section>
  );
}
