import { glossary, type GlossaryTerm } from '../learn/glossary';
import { usePlayground } from '../state/playground-context';

/** A small "?" beside a label that opens the Learn panel at the word's glossary entry. It sits outside the
 * label, so the field's accessible name stays the label alone. */
export function GlossaryButton({ term }: { term: GlossaryTerm }) {
  const { learn } = usePlayground();
  const entry = glossary.find((candidate) => candidate.term === term);
  if (!entry) return null;
  return (
    <button
      type="button"
      className="glossary-button"
      aria-label={entry.question}
      title={entry.question}
      aria-controls="learn-panel"
      onClick={() => learn.open(term)}
    >
      ?
    </button>
  );
}
