import { glossary, type GlossaryTerm } from '../learn/glossary';
import { usePlayground } from '../state/playground-context';
import { useLearnPanel } from '../state/use-learn';
import { useT } from '../i18n/language-context';

/** A small "?" beside a label that opens the Learn panel at the word's glossary entry. It sits outside the
 * label, so the field's accessible name stays the label alone. */
export function GlossaryButton({ term }: { term: GlossaryTerm }) {
  const { learn } = usePlayground();
  const panelOpen = useLearnPanel((state) => state.open);
  const { text } = useT();
  const entry = glossary.find((candidate) => candidate.term === term);
  if (!entry) return null;
  const question = text(`glossary.${term}.question`, entry.question);
  return (
    <button
      type="button"
      className="glossary-button"
      aria-label={question}
      title={question}
      // Only while the panel is in the page: aria-controls must name an element that exists.
      aria-controls={panelOpen ? 'learn-panel' : undefined}
      onClick={() => learn.open(term)}
    >
      ?
    </button>
  );
}
