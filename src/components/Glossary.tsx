import { useEffect } from 'react';
import { glossary, glossaryEntryId } from '../learn/glossary';
import { useLearnPanel } from '../state/use-learn';
import { useT } from '../i18n/language-context';

/** The words of the playground, each a focusable entry the labels' "?" buttons lead to. */
export function Glossary() {
  const { term, termRequests } = useLearnPanel((state) => state);
  const { t, text } = useT();
  useEffect(() => {
    if (!term) return;
    const entry = document.getElementById(glossaryEntryId(term));
    entry?.scrollIntoView({ block: 'center' });
    entry?.focus({ preventScroll: true });
  }, [term, termRequests]);
  return (
    <section className="glossary" aria-labelledby="glossary-heading">
      <h3 id="glossary-heading">{t('learn.glossary')}</h3>
      <dl>
        {glossary.map((entry) => (
          <div key={entry.term} id={glossaryEntryId(entry.term)} className="glossary-entry" tabIndex={-1}>
            <dt>{text(`glossary.${entry.term}.word`, entry.word)}</dt>
            <dd>{text(`glossary.${entry.term}.definition`, entry.definition)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
