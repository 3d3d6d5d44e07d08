import { useId, useMemo } from 'react';
import type { FormulaEntry } from '../learn/formula-entry';
import { renderFormula } from '../learn/render-formula';

/** One rule of the current set-up: its formula typeset by KaTeX (HTML plus MathML for screen readers), the
 * constants the settings give it, what it does and when to use it. */
export function FormulaCard({ topic, entry }: { topic: string; entry: FormulaEntry }) {
  const headingId = useId();
  const formula = useMemo(() => renderFormula(entry.tex), [entry.tex]);
  const constants = useMemo(
    () => (entry.constants ? renderFormula(entry.constants, false) : ''),
    [entry.constants],
  );
  return (
    <section className="formula-card" aria-label={`${topic} formula`}>
      <h3 id={headingId}>
        {topic}: {entry.name}
      </h3>
      {/* KaTeX's output, from our own TeX tables only. */}
      <div className="formula" dangerouslySetInnerHTML={{ __html: formula }} />
      {constants && (
        <p className="formula-constants">
          with <span dangerouslySetInnerHTML={{ __html: constants }} />
        </p>
      )}
      <p>{entry.explanation}</p>
      <p>
        <strong>When to use it:</strong> {entry.whenToUse}
      </p>
    </section>
  );
}
