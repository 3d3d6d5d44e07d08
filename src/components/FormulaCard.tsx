import { useMemo, useRef } from 'react';
import type { FormulaEntry } from '../learn/formula-entry';
import { renderFormula } from '../learn/render-formula';
import { useOverflows } from './use-overflow';
import { useT } from '../i18n/language-context';

/** One rule of the current set-up: its formula typeset by KaTeX (HTML plus MathML for screen readers), the
 * constants the settings give it, what it does and when to use it. */
export function FormulaCard({ topic, entry }: { topic: string; entry: FormulaEntry }) {
  const box = useRef<HTMLDivElement>(null);
  const { t } = useT();
  const formula = useMemo(() => renderFormula(entry.tex), [entry.tex]);
  const scrolls = useOverflows(box, formula);
  const constants = useMemo(
    () => (entry.constants ? renderFormula(entry.constants, false) : ''),
    [entry.constants],
  );
  return (
    <section className="formula-card" aria-label={t('learn.formulaOf', { topic })}>
      <h3>
        {topic}: {entry.name}
      </h3>
      {/* KaTeX's output, from our own TeX tables only. */}
      <div
        ref={box}
        className="formula"
        tabIndex={scrolls ? 0 : undefined}
        dangerouslySetInnerHTML={{ __html: formula }}
      />
      {constants && (
        <p className="formula-constants">
          {t('learn.with')} <span dangerouslySetInnerHTML={{ __html: constants }} />
        </p>
      )}
      <p>{entry.explanation}</p>
      <p>
        <strong>{t('learn.whenToUse')}</strong> {entry.whenToUse}
      </p>
    </section>
  );
}
