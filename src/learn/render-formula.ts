import katex from 'katex';

/** Typesets a TeX formula as HTML for the eye plus MathML for screen readers. Throws on TeX that KaTeX cannot
 * parse, so a broken formula fails its test rather than showing red source on the page. */
export function renderFormula(tex: string, displayMode = true): string {
  return katex.renderToString(tex, {
    displayMode,
    output: 'htmlAndMathml',
    throwOnError: true,
    strict: 'error',
  });
}
